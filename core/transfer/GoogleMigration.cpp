#include "GoogleMigration.h"

#include "ForeignCrypto.h"
#include "ForeignEntry.h"
#include "QrEncoder.h"
#include "SecretWipe.h"

#include <QUrl>
#include <QUrlQuery>

#include "google_migration.pb.h"

#include <limits>
#include <string>

namespace tessera
{
    namespace
    {
        namespace proto = tessera::google_migration;

        constexpr auto Scheme = QLatin1StringView("otpauth-migration");

        Error invalid(const QString& message)
        {
            return {Error::Kind::InvalidInput, message};
        }

        /// Wipes a std::string that held secret bytes.
        void wipeString(std::string& text)
        {
            auto* p = static_cast<volatile char*>(text.data());
            for (std::size_t i = 0; i < text.size(); ++i) {
                p[i] = 0;
            }
            text.clear();
        }

        QString fromProtoText(const std::string& bytes)
        {
            return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
        }

        /// Google Authenticator often stores the name as "Issuer:account" while also setting the issuer:
        /// a leading "issuer:" (and the spaces after it) is removed. Without an issuer, a name with a colon
        /// is split into issuer and account at the first colon.
        void splitName(QString& issuer, QString& name)
        {
            issuer = issuer.trimmed();
            name = name.trimmed();
            if (!issuer.isEmpty()) {
                const QString prefix = issuer + QLatin1Char(':');
                if (name.startsWith(prefix)) {
                    name = name.mid(prefix.size()).trimmed();
                }
                return;
            }
            const auto colon = name.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                issuer = name.left(colon).trimmed();
                name = name.mid(colon + 1).trimmed();
            }
        }

        /// One protobuf entry to an account, or an unreadable entry with the reason.
        void convertEntry(const proto::OtpParameters& entry, qsizetype index, ImportResult& out)
        {
            ForeignEntry foreign;
            foreign.issuer = fromProtoText(entry.issuer());
            foreign.name = fromProtoText(entry.name());
            splitName(foreign.issuer, foreign.name);
            const QString label = foreign.label(ForeignEntry::entryLabel(index));

            switch (entry.algorithm()) {
            case 0:
            case 1:
                foreign.algorithm = HashAlgorithm::Sha1;
                break;
            case 2:
                foreign.algorithm = HashAlgorithm::Sha256;
                break;
            case 3:
                foreign.algorithm = HashAlgorithm::Sha512;
                break;
            case 4:
                out.unreadable.append({label,
                    QCoreApplication::translate(
                        "tessera::GoogleMigration", "It uses the MD5 algorithm, which Tessera does not support.")});
                return;
            default:
                out.unreadable.append({label,
                    QCoreApplication::translate("tessera::GoogleMigration", "It uses an unknown algorithm (value %1).")
                        .arg(entry.algorithm())});
                return;
            }
            switch (entry.digits()) {
            case 0:
            case 1:
                foreign.digits = 6;
                break;
            case 2:
                foreign.digits = 8;
                break;
            default:
                out.unreadable.append({label,
                    QCoreApplication::translate(
                        "tessera::GoogleMigration", "It has an unknown number of digits (value %1).")
                        .arg(entry.digits())});
                return;
            }
            switch (entry.type()) {
            case 0:
            case 2:
                foreign.type = OtpType::Totp;
                break;
            case 1:
                foreign.type = OtpType::Hotp;
                foreign.counter = entry.counter();
                break;
            default:
                out.unreadable.append({label,
                    QCoreApplication::translate("tessera::GoogleMigration", "It has an unknown type (value %1).")
                        .arg(entry.type())});
                return;
            }
            foreign.secret = QByteArray(entry.secret().data(), static_cast<qsizetype>(entry.secret().size()));
            foreign.addTo(out, label);
        }

        QByteArray decodeBase64(QString text)
        {
            // Form decoders turn '+' into a space; URL-safe encoders use '-' and '_'. Neither is ambiguous.
            text.replace(QLatin1Char(' '), QLatin1Char('+'));
            text.replace(QLatin1Char('-'), QLatin1Char('+'));
            text.replace(QLatin1Char('_'), QLatin1Char('/'));
            text.remove(QLatin1Char('\n'));
            text.remove(QLatin1Char('\r'));
            text.remove(QLatin1Char('\t'));
            QByteArray latin = text.toLatin1();
            wipe(text);
            auto decoded = QByteArray::fromBase64Encoding(
                latin, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            wipe(latin);
            if (!decoded) {
                return {};
            }
            return *std::move(decoded);
        }

        QString percentEncodedBase64(const QByteArray& bytes)
        {
            // toPercentEncoding keeps only RFC 3986 unreserved characters: '+', '/', '=' become %2B, %2F, %3D,
            // as Google Authenticator writes them.
            return QString::fromLatin1(bytes.toBase64().toPercentEncoding());
        }

        void fillProto(const Account& account, proto::OtpParameters& entry)
        {
            const OtpParameters& p = account.parameters;
            entry.set_secret(p.secret().constData(), static_cast<std::size_t>(p.secret().size()));
            const QByteArray name = account.accountName.toUtf8();
            const QByteArray issuer = account.issuer.toUtf8();
            entry.set_name(name.constData(), static_cast<std::size_t>(name.size()));
            entry.set_issuer(issuer.constData(), static_cast<std::size_t>(issuer.size()));
            switch (p.algorithm()) {
            case HashAlgorithm::Sha1:
                entry.set_algorithm(1);
                break;
            case HashAlgorithm::Sha256:
                entry.set_algorithm(2);
                break;
            case HashAlgorithm::Sha512:
                entry.set_algorithm(3);
                break;
            }
            entry.set_digits(p.digits() == 8 ? 2 : 1);
            if (p.type() == OtpType::Hotp) {
                entry.set_type(1);
                entry.set_counter(static_cast<qint64>(p.counter()));
            } else {
                entry.set_type(2);
            }
        }

        QString serialize(const proto::MigrationPayload& payload)
        {
            std::string bytes;
            payload.SerializeToString(&bytes);
            QByteArray raw(bytes.data(), static_cast<qsizetype>(bytes.size()));
            wipeString(bytes);
            QString uri = QStringLiteral("otpauth-migration://offline?data=") + percentEncodedBase64(raw);
            wipe(raw);
            return uri;
        }

        /// A copy of the payload with its entries wiped on destruction.
        struct ScopedPayload
        {
            proto::MigrationPayload payload;
            ~ScopedPayload()
            {
                for (auto& entry : *payload.mutable_otp_parameters()) {
                    wipeString(*entry.mutable_secret());
                }
            }
        };
    }

    Result<QByteArray> GoogleMigration::payloadBytes(QStringView uri)
    {
        const QStringView text = uri.trimmed();
        const qsizetype maxLength = 4 * MaxPayloadBytes;
        if (text.size() > maxLength) {
            return invalid(tr("The Google Authenticator code is too large (over %1 characters).").arg(maxLength));
        }
        if (!text.startsWith(Scheme, Qt::CaseInsensitive) || !text.mid(Scheme.size()).startsWith(u"://")) {
            return invalid(tr("This is not a Google Authenticator export (otpauth-migration://) link."));
        }
        const QUrl url(text.toString(), QUrl::TolerantMode);
        if (!url.isValid() || url.host() != u"offline" || (!url.path().isEmpty() && url.path() != u"/")) {
            return invalid(tr("The Google Authenticator link is malformed: it should start with "
                              "otpauth-migration://offline?data="));
        }
        const QUrlQuery query(url);
        QString data = query.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded);
        if (data.trimmed().isEmpty()) {
            return invalid(tr("The Google Authenticator link has no data."));
        }
        QByteArray bytes = decodeBase64(std::move(data));
        if (bytes.isEmpty()) {
            return invalid(tr("The data of the Google Authenticator link is not valid base64; part of "
                              "it may be missing."));
        }
        if (bytes.size() > MaxPayloadBytes) {
            const auto size = bytes.size();
            wipe(bytes);
            return invalid(tr("The Google Authenticator code holds %1 bytes; Tessera accepts at most %2.")
                               .arg(size)
                               .arg(MaxPayloadBytes));
        }
        return bytes;
    }

    Result<MigrationPayload> GoogleMigration::decodeUri(QStringView uri)
    {
        auto bytes = payloadBytes(uri);
        if (!bytes) {
            return bytes.error();
        }
        auto payload = decodePayload(*bytes);
        wipe(*bytes);
        return payload;
    }

    Result<MigrationPayload> GoogleMigration::decodePayload(QByteArrayView protobuf)
    {
        if (protobuf.size() > MaxPayloadBytes) {
            return invalid(tr("The Google Authenticator code holds %1 bytes; Tessera accepts at most %2.")
                               .arg(protobuf.size())
                               .arg(MaxPayloadBytes));
        }
        ScopedPayload scoped;
        proto::MigrationPayload& payload = scoped.payload;
        if (!payload.ParseFromArray(protobuf.data(), static_cast<int>(protobuf.size()))) {
            return invalid(tr("The Google Authenticator code is damaged or incomplete: its data is not "
                              "a valid transfer payload."));
        }
        if (payload.otp_parameters_size() > MaxAccountsPerPayload) {
            return invalid(tr("The Google Authenticator code holds %1 accounts; Tessera accepts at most "
                              "%2 per code.")
                               .arg(payload.otp_parameters_size())
                               .arg(MaxAccountsPerPayload));
        }
        MigrationPayload result;
        result.version = payload.version();
        result.batchSize = payload.batch_size() <= 0 ? 1 : payload.batch_size();
        result.batchIndex = payload.batch_index();
        result.batchId = payload.batch_id();
        if (result.batchSize > MaxBatchSize) {
            return invalid(tr("The Google Authenticator code claims to be one of %1 codes; an export has "
                              "at most %2.")
                               .arg(result.batchSize)
                               .arg(MaxBatchSize));
        }
        if (result.batchIndex < 0 || result.batchIndex >= result.batchSize) {
            return invalid(tr("The Google Authenticator code claims to be code %1 of %2, which cannot be.")
                               .arg(static_cast<qint64>(result.batchIndex) + 1)
                               .arg(result.batchSize));
        }
        result.digest = ForeignCrypto::sha256(protobuf);
        result.content.formatId = QStringLiteral("google-migration");
        qsizetype index = 0;
        for (const auto& entry : payload.otp_parameters()) {
            convertEntry(entry, index++, result.content);
        }
        return result;
    }

    std::optional<QString> GoogleMigration::cannotCarry(const Account& account)
    {
        const OtpParameters& p = account.parameters;
        if (p.type() == OtpType::Steam) {
            return tr("Google Authenticator cannot hold Steam Guard codes.");
        }
        if (p.digits() != 6 && p.digits() != 8) {
            return tr("It has %1-digit codes; a Google Authenticator transfer code can carry only 6 or 8 "
                      "digits.")
                .arg(p.digits());
        }
        if (p.type() == OtpType::Totp && p.period() != OtpParameters::DefaultPeriod) {
            return tr("Its codes change every %1 seconds; a Google Authenticator transfer code can carry "
                      "only 30 seconds.")
                .arg(p.period());
        }
        if (p.type() == OtpType::Hotp && p.counter() > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
            return tr("Its counter is too large for a Google Authenticator transfer code.");
        }
        return std::nullopt;
    }

    std::optional<QString> GoogleMigration::mayNotWork(const Account& account)
    {
        const OtpParameters& p = account.parameters;
        if (p.algorithm() != HashAlgorithm::Sha1) {
            return tr("%1 uses %2; some versions of Google Authenticator ignore that and show wrong codes. "
                      "Check a code after the transfer.")
                .arg(account.displayName(), OtpParameters::algorithmName(p.algorithm()));
        }
        if (p.digits() == 8) {
            return tr("%1 has 8-digit codes; some versions of Google Authenticator show only 6. Check a "
                      "code after the transfer.")
                .arg(account.displayName());
        }
        return std::nullopt;
    }

    Result<MigrationExport> GoogleMigration::encode(const QList<Account>& accounts, Random& random)
    {
        MigrationExport out;
        QList<const Account*> carried;
        for (const Account& account : accounts) {
            if (const auto reason = cannotCarry(account)) {
                out.leftOut.append({account.id, account.displayName(), *reason});
                continue;
            }
            if (const auto warning = mayNotWork(account)) {
                out.warnings.append(*warning);
            }
            carried.append(&account);
        }

        // Split into codes of at most ten accounts, and fewer when long secrets would make a code too
        // large to scan.
        QList<QList<const Account*>> groups;
        QList<const Account*> current;
        const auto fits = [](const QList<const Account*>& group) {
            ScopedPayload probe;
            for (const Account* account : group) {
                fillProto(*account, *probe.payload.add_otp_parameters());
            }
            probe.payload.set_version(1);
            probe.payload.set_batch_size(MaxBatchSize);
            probe.payload.set_batch_index(MaxBatchSize - 1);
            probe.payload.set_batch_id(std::numeric_limits<qint32>::min());
            QString uri = serialize(probe.payload);
            const bool ok = uri.size() <= MaxUriLength;
            wipe(uri);
            return ok;
        };
        for (const Account* account : carried) {
            if (!fits({account})) {
                out.leftOut.append(
                    {account->id, account->displayName(), tr("Its secret is too long to fit in a QR code.")});
                continue;
            }
            QList<const Account*> candidate = current;
            candidate.append(account);
            if (current.size() >= AccountsPerCode || !fits(candidate)) {
                groups.append(current);
                current = {account};
            } else {
                current = candidate;
            }
        }
        if (!current.isEmpty()) {
            groups.append(current);
        }
        if (groups.isEmpty()) {
            return Error(Error::Kind::InvalidInput,
                accounts.isEmpty() ? tr("There are no accounts to export.")
                                   : tr("None of the accounts can be carried by Google Authenticator "
                                        "transfer codes."));
        }
        if (groups.size() > MaxBatchSize) {
            return Error(Error::Kind::InvalidInput,
                tr("That would need %1 transfer codes; Google Authenticator accepts at most %2. Export "
                   "fewer accounts at a time.")
                    .arg(groups.size())
                    .arg(MaxBatchSize));
        }

        qint32 batchId = 0;
        while (batchId == 0) {
            const QByteArray bytes = random.bytes(4);
            quint32 value = 0;
            for (const char byte : bytes) {
                value = (value << 8) | static_cast<quint8>(byte);
            }
            batchId = static_cast<qint32>(value);
        }
        out.batchId = batchId;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            ScopedPayload scoped;
            for (const Account* account : groups[i]) {
                fillProto(*account, *scoped.payload.add_otp_parameters());
            }
            scoped.payload.set_version(1);
            scoped.payload.set_batch_size(static_cast<qint32>(groups.size()));
            scoped.payload.set_batch_index(static_cast<qint32>(i));
            scoped.payload.set_batch_id(batchId);
            out.uris.append(serialize(scoped.payload));
        }
        return out;
    }

    Result<QImage> GoogleMigration::qrImage(QStringView uri, int moduleSize)
    {
        return QrEncoder::toImage(uri, QrEncoder::ErrorCorrection::Medium, moduleSize);
    }

    QString GoogleMigration::imageFileName(int index, int count)
    {
        return QStringLiteral("google-authenticator-%1-of-%2.png").arg(index + 1).arg(count);
    }
}
