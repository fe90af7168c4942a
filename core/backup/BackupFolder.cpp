#include "BackupFolder.h"

#include "Vault.h"
#include "VaultFormat.h"
#include "VaultStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tessera
{
    namespace
    {
        const QRegularExpression& namePattern()
        {
            static const QRegularExpression pattern(QStringLiteral("^tessera-(\\d{8})-(\\d{6})-(\\d{3})\\.tessera$"));
            return pattern;
        }
    }

    QString BackupFolder::fileName(const QDateTime& time)
    {
        return QString::fromLatin1(Prefix) + time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
            + QString::fromLatin1(Suffix);
    }

    std::optional<QDateTime> BackupFolder::timeFromFileName(const QString& fileName)
    {
        const QRegularExpressionMatch match = namePattern().match(fileName);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(match.captured(2) + match.captured(3), QStringLiteral("HHmmsszzz"));
        if (!date.isValid() || !time.isValid()) {
            return std::nullopt;
        }
        return QDateTime(date, time, Qt::UTC);
    }

    Result<QList<BackupFolder::Copy>> BackupFolder::list(const QString& folder, const Vault* vault)
    {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            return Error(Error::Kind::Io,
                tr("The backup folder %1 does not exist or is not a folder (is its drive connected?).").arg(folder));
        }
        const QDir dir(folder);
        QList<Copy> copies;
        const QStringList names = dir.entryList(
            {QString::fromLatin1(Prefix) + QStringLiteral("*") + QString::fromLatin1(Suffix)}, QDir::Files);
        for (const QString& name : names) {
            const auto time = timeFromFileName(name);
            if (!time) {
                continue;
            }
            Copy copy;
            copy.path = dir.absoluteFilePath(name);
            copy.time = *time;
            copy.sizeBytes = QFileInfo(copy.path).size();
            if (vault != nullptr && vault->isUnlocked()) {
                auto report = vault->verifyCopy(copy.path);
                if (report) {
                    copy.accountCount = report->activeAccounts;
                    copy.trashedCount = report->trashedAccounts;
                } else {
                    copy.problem = report.error().message();
                }
            }
            copies.append(std::move(copy));
        }
        std::sort(copies.begin(), copies.end(), [](const Copy& a, const Copy& b) { return a.time > b.time; });
        return copies;
    }

    Result<BackupFolder::Contents> BackupFolder::contents(const QString& path)
    {
        VaultStore store(path);
        if (auto opened = store.openReadOnly(); !opened) {
            return opened.error();
        }
        if (auto begun = store.beginRead(); !begun) {
            return begun.error();
        }
        auto vaultId = store.vaultId();
        auto keys = store.accountKeys();
        store.endRead();
        if (!vaultId) {
            return vaultId.error();
        }
        if (!keys) {
            return keys.error();
        }
        Contents contents;
        contents.vaultId = *vaultId;
        for (const QByteArray& key : std::as_const(*keys)) {
            if (const auto id = VaultFormat::uuidFromBytes(key)) {
                contents.accounts.insert(*id);
            }
        }
        return contents;
    }
}
