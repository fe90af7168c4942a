#include "GoogleMigrationFormat.h"

#include "ByteDecoding.h"
#include "GoogleMigration.h"
#include "GoogleMigrationImport.h"
#include "JsonFields.h"
#include "SecretWipe.h"

namespace tessera
{
    namespace
    {
        constexpr QStringView Scheme = u"otpauth-migration://";
    }

    QString GoogleMigrationFormat::id() const
    {
        return QStringLiteral("google-migration");
    }

    QString GoogleMigrationFormat::displayName() const
    {
        return tr("Google Authenticator export");
    }

    int GoogleMigrationFormat::detect(QByteArrayView data) const
    {
        if (data.size() > MaxFileBytes || JsonFields::looksLikeJson(data, '{') || JsonFields::looksLikeJson(data, '[')
            || !ByteDecoding::isText(data)) {
            return NotThisFormat;
        }
        QString text = QString::fromUtf8(data);
        int migrations = 0;
        int plain = 0;
        for (const QStringView raw : QStringView(text).split(u'\n')) {
            const QStringView line = raw.trimmed();
            if (line.contains(Scheme, Qt::CaseInsensitive)) {
                ++migrations;
            } else if (line.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
                ++plain;
            }
        }
        wipe(text);
        if (migrations == 0) {
            return NotThisFormat;
        }
        return plain == 0 ? Certain : Possible;
    }

    bool GoogleMigrationFormat::isEncrypted(QByteArrayView data) const
    {
        Q_UNUSED(data)
        return false;
    }

    Result<ImportResult> GoogleMigrationFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        Q_UNUSED(password)
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        if (!ByteDecoding::isText(data)) {
            return invalid(tr("it is not text (it contains binary data)."));
        }
        GoogleMigrationImport collector;
        QList<UnreadableEntry> failed;
        QStringList ignored;
        QString text = QString::fromUtf8(data);
        const auto lines = QStringView(text).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringView line = lines[i].trimmed();
            const auto start = line.indexOf(Scheme, 0, Qt::CaseInsensitive);
            if (start < 0) {
                if (line.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
                    ignored.append(QString::number(i + 1));
                }
                continue;
            }
            QStringView uri = line.mid(start);
            if (const auto space = uri.indexOf(u' '); space >= 0) {
                uri = uri.left(space);
            }
            if (auto added = collector.addUri(uri); !added) {
                failed.append({tr("code on line %1").arg(i + 1), added.error().message()});
            }
        }
        wipe(text);
        if (collector.codeCount() == 0) {
            if (!failed.isEmpty()) {
                return Error(Error::Kind::InvalidInput, failed.first().reason);
            }
            return invalid(tr("it contains no otpauth-migration:// link."));
        }
        ImportResult result = collector.result();
        result.formatId = id();
        result.unreadable.append(failed);
        if (!ignored.isEmpty()) {
            //: %1 is a list of line numbers; their count selects the plural form.
            result.warnings.append(tr("Line(s) %1 hold otpauth:// links, which are not part of a Google "
                                      "Authenticator export; import the file as an otpauth:// list to include them.",
                nullptr, static_cast<int>(ignored.size()))
                                       .arg(ignored.join(QStringLiteral(", "))));
        }
        return result;
    }

    bool GoogleMigrationFormat::canWrite() const
    {
        return true;
    }

    Result<ExportResult> GoogleMigrationFormat::write(
        const QList<Account>& accounts, const ExportOptions& options) const
    {
        QList<Account> active;
        ExportResult result;
        for (const Account& account : accounts) {
            if (account.isTrashed()) {
                result.leftOut.append({account.id, account.displayName(), tr("It is in the trash.")});
            } else {
                active.append(account);
            }
        }
        auto encoded = GoogleMigration::encode(active, options.randomSource());
        if (!encoded) {
            return encoded.error();
        }
        for (QString& uri : encoded->uris) {
            QByteArray line = uri.toUtf8();
            result.data += line;
            result.data += '\n';
            wipe(line);
            wipe(uri);
        }
        result.leftOut.append(encoded->leftOut);
        result.warnings = encoded->warnings;
        return result;
    }
}
