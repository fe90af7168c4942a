#include "Playbook.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

// Any bytes: Playbook::parse must not crash. The file name is taken from the document's own id
// when it has one, so that inputs derived from the bundled playbooks get past the id check and
// reach the deeper validation; a playbook that parses must answer its queries.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString fileName = QStringLiteral("fuzz.json");
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (document.isObject()) {
        const QString id = document.object().value(QStringLiteral("id")).toString();
        if (!id.isEmpty()) {
            fileName = id + QStringLiteral(".json");
        }
    }
    const auto playbook = tessera::Playbook::parse(json, fileName);
    if (playbook.ok()) {
        (void)playbook->factors();
        (void)playbook->allSources();
        for (const auto& path : playbook->paths()) {
            if (playbook->path(path.id) == nullptr) {
                __builtin_trap();
            }
        }
    } else if (playbook.error().message().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
