#include "EnteFormat.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tessera
{
    QString EnteFormat::id() const
    {
        return QStringLiteral("ente");
    }

    QString EnteFormat::displayName() const
    {
        return QStringLiteral("Ente Auth");
    }

    int EnteFormat::detect(QByteArrayView data) const
    {
        const auto counts = countLines(data);
        return counts && counts->withCodeDisplay > 0 ? 90 : NotThisFormat;
    }

    bool EnteFormat::canWrite() const
    {
        return false;
    }

    void EnteFormat::decorate(Account& account, QStringView line, ImportResult& result) const
    {
        const auto question = line.indexOf(u'?');
        if (question < 0) {
            return;
        }
        for (const QStringView item : line.mid(question + 1).split(u'&')) {
            if (!item.startsWith(u"codeDisplay=")) {
                continue;
            }
            const QByteArray json = QByteArray::fromPercentEncoding(item.mid(12).toUtf8());
            const auto document = JsonFields::parse(json);
            if (!document || !document->isObject()) {
                result.warnings.append(tr("The Ente display settings of %1 could not be read; the account "
                                          "is imported without its tags.")
                                           .arg(account.displayName()));
                return;
            }
            const QJsonObject display = document->object();
            // A set, not account.tags.contains(): a line with thousands of tags stays linear.
            QSet<QString> seen(account.tags.cbegin(), account.tags.cend());
            for (const QJsonValue& value : display.value(u"tags").toArray()) {
                const QString tag = value.toString().trimmed();
                if (value.isString() && !tag.isEmpty() && !seen.contains(tag)) {
                    seen.insert(tag);
                    account.tags.append(tag);
                }
            }
            account.favorite = display.value(u"pinned").toBool(false);
            if (display.value(u"trashed").toBool(false)) {
                result.warnings.append(
                    tr("%1 was in Ente's trash; it is imported as a normal account.").arg(account.displayName()));
            }
            return;
        }
    }
}
