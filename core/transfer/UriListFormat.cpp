#include "UriListFormat.h"

#include "ByteDecoding.h"
#include "GoogleMigrationImport.h"
#include "JsonFields.h"
#include "OtpUri.h"
#include "SecretWipe.h"

namespace tessera
{
    namespace
    {
        bool startsWithScheme(QStringView line)
        {
            return line.startsWith(u"otpauth://", Qt::CaseInsensitive)
                || line.startsWith(u"steam://", Qt::CaseInsensitive);
        }

        bool isMigration(QStringView line)
        {
            return line.contains(u"otpauth-migration://", Qt::CaseInsensitive);
        }
    }

    QString UriListFormat::id() const
    {
        return QStringLiteral("uris");
    }

    QString UriListFormat::displayName() const
    {
        return tr("otpauth:// list");
    }

    std::optional<UriListFormat::LineCounts> UriListFormat::countLines(QByteArrayView data)
    {
        if (data.size() > MaxFileBytes || JsonFields::looksLikeJson(data, '{') || JsonFields::looksLikeJson(data, '[')
            || !ByteDecoding::isText(data)) {
            return std::nullopt;
        }
        LineCounts counts;
        QString text = QString::fromUtf8(data);
        for (const QStringView raw : QStringView(text).split(u'\n')) {
            const QStringView line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            if (isMigration(line)) {
                ++counts.migrations;
            } else if (startsWithScheme(line)) {
                ++counts.uris;
                if (line.contains(u"codeDisplay=")) {
                    ++counts.withCodeDisplay;
                }
            } else {
                ++counts.others;
            }
        }
        wipe(text);
        return counts;
    }

    int UriListFormat::detect(QByteArrayView data) const
    {
        const auto counts = countLines(data);
        if (!counts || counts->uris == 0) {
            return counts && counts->migrations > 0 ? Possible : NotThisFormat;
        }
        return counts->others == 0 ? 80 : 60;
    }

    bool UriListFormat::isEncrypted(QByteArrayView data) const
    {
        Q_UNUSED(data)
        return false;
    }

    void UriListFormat::decorate(Account& account, QStringView line, ImportResult& result) const
    {
        Q_UNUSED(account)
        Q_UNUSED(line)
        Q_UNUSED(result)
    }

    Result<ImportResult> UriListFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        Q_UNUSED(password)
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        if (!ByteDecoding::isText(data)) {
            return invalid(tr("it is not text (it contains binary data)."));
        }
        ImportResult result;
        result.formatId = id();
        GoogleMigrationImport migration;
        bool sawLink = false;
        QString text = QString::fromUtf8(data);
        const auto lines = QStringView(text).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringView line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            const QString label = tr("line %1").arg(i + 1);
            if (isMigration(line)) {
                sawLink = true;
                const auto start = line.indexOf(u"otpauth-migration://", 0, Qt::CaseInsensitive);
                if (auto added = migration.addUri(line.mid(start)); !added) {
                    result.unreadable.append({label, added.error().message()});
                }
                continue;
            }
            if (!startsWithScheme(line)) {
                result.unreadable.append({label, tr("It is not an otpauth:// link.")});
                continue;
            }
            sawLink = true;
            auto uri = OtpUri::parse(line);
            if (!uri) {
                result.unreadable.append({label, uri.error().message()});
                continue;
            }
            Account account = Account::fromUri(*uri, QDateTime());
            decorate(account, line, result);
            result.accounts.append(std::move(account));
        }
        wipe(text);
        if (!sawLink) {
            return invalid(tr("it contains no otpauth:// links."));
        }
        if (migration.codeCount() > 0) {
            result.append(migration.result());
        }
        if (result.accounts.isEmpty() && migration.codeCount() == 0 && !result.unreadable.isEmpty()) {
            // Not one line could be read: the file as a whole is unreadable.
            return invalid(tr("%1: %2").arg(result.unreadable.first().label, result.unreadable.first().reason));
        }
        return result;
    }

    bool UriListFormat::canWrite() const
    {
        return true;
    }

    Result<ExportResult> UriListFormat::write(const QList<Account>& accounts, const ExportOptions& options) const
    {
        Q_UNUSED(options)
        ExportResult result;
        int withRecovery = 0;
        for (const Account& account : accounts) {
            if (account.isTrashed()) {
                result.leftOut.append({account.id, account.displayName(), tr("It is in the trash.")});
                continue;
            }
            QString uri = account.toUri().toString();
            QByteArray line = uri.toUtf8();
            result.data += line;
            result.data += '\n';
            wipe(line);
            wipe(uri);
            withRecovery += account.recovery.isEmpty() ? 0 : 1;
        }
        if (withRecovery > 0) {
            result.warnings.append(tr("otpauth:// links cannot hold recovery information (recovery codes, email, "
                                      "phone), notes or tags: %n account(s) lose recovery information in this "
                                      "export.",
                nullptr, withRecovery));
        }
        return result;
    }
}
