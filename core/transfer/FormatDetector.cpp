#include "FormatDetector.h"

#include "AegisFormat.h"
#include "AndOtpFormat.h"
#include "BitwardenFormat.h"
#include "ByteDecoding.h"
#include "EnteFormat.h"
#include "FreeOtpPlusFormat.h"
#include "GoogleMigrationFormat.h"
#include "JsonFields.h"
#include "StratumFormat.h"
#include "TesseraBackupFormat.h"
#include "TwoFasFormat.h"
#include "UriListFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera
{
    namespace
    {
        QString supportedList()
        {
            return QCoreApplication::translate("tessera::FormatDetector",
                "Tessera reads Tessera backups, Aegis, 2FAS, andOTP, FreeOTP+ (JSON), Bitwarden "
                "(JSON and CSV), Ente Auth (plain text), Stratum/Authenticator Pro, Google "
                "Authenticator export links and lists of otpauth:// links.");
        }

        QString cannotRead(const QString& what, const QString& advice)
        {
            return QCoreApplication::translate(
                "tessera::FormatDetector", "This looks like %1, which Tessera cannot read. %2")
                .arg(what, advice);
        }
    }

    FormatDetector::FormatDetector()
    {
        // Priority order for equal confidence: the sniffing order of the format notes.
        m_formats.push_back(std::make_unique<TesseraBackupFormat>());
        m_formats.push_back(std::make_unique<AegisFormat>());
        m_formats.push_back(std::make_unique<TwoFasFormat>());
        m_formats.push_back(std::make_unique<StratumFormat>());
        m_formats.push_back(std::make_unique<FreeOtpPlusFormat>());
        m_formats.push_back(std::make_unique<BitwardenFormat>());
        m_formats.push_back(std::make_unique<AndOtpFormat>());
        m_formats.push_back(std::make_unique<GoogleMigrationFormat>());
        m_formats.push_back(std::make_unique<EnteFormat>());
        m_formats.push_back(std::make_unique<UriListFormat>());
    }

    FormatDetector::~FormatDetector() = default;

    QList<const Format*> FormatDetector::formats() const
    {
        QList<const Format*> list;
        for (const auto& format : m_formats) {
            list.append(format.get());
        }
        return list;
    }

    QList<const Format*> FormatDetector::writers() const
    {
        QList<const Format*> list;
        for (const auto& format : m_formats) {
            if (format->canWrite()) {
                list.append(format.get());
            }
        }
        return list;
    }

    const Format* FormatDetector::format(QStringView id) const
    {
        for (const auto& format : m_formats) {
            if (format->id() == id) {
                return format.get();
            }
        }
        return nullptr;
    }

    QStringList FormatDetector::formatIds() const
    {
        QStringList ids;
        for (const auto& format : m_formats) {
            ids.append(format->id());
        }
        return ids;
    }

    std::optional<QString> FormatDetector::unsupportedFormat(QByteArrayView data)
    {
        if (data.startsWith("\xAC\xED\x00\x05")) {
            return cannotRead(tr("a FreeOTP 2 backup"),
                tr("Move the accounts to an app Tessera reads (for example by scanning them into Aegis), "
                   "or re-enrol them."));
        }
        if (data.startsWith("PK\x03\x04")) {
            return cannotRead(tr("a ZIP archive (Authenticator Plus or Raivo export)"),
                tr("Unpack it with its password and import the list of otpauth:// links inside."));
        }
        if (data.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            return cannotRead(tr("an app's internal database (Google Authenticator, Microsoft "
                                 "Authenticator or Stratum)"),
                tr("Use the app's own export instead (Google Authenticator: Transfer accounts; Stratum: "
                   "Backup)."));
        }
        const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 512));
        if (head.contains("<map>") || head.contains("<map ")) {
            return cannotRead(tr("Android app data (FreeOTP, Authy, TOTP Authenticator or Battle.net)"),
                tr("Use the app's own export, or move the accounts through an app Tessera reads."));
        }
        if (const auto keys = JsonFields::topLevelKeys(data)) {
            const auto has = [&keys](const char* key) { return keys->contains(QLatin1String(key)); };
            if (has("kdfParams") && has("encryptedData")) {
                return cannotRead(tr("an encrypted Ente Auth export"),
                    tr("In Ente Auth, export as plain text instead and import that file."));
            }
            if (has("entries") && has("version") && !has("header")) {
                return cannotRead(tr("a Proton Authenticator export"),
                    tr("Export the accounts from Proton Authenticator as otpauth:// links or QR codes."));
            }
            if (has("shared_secret") || has("accounts")) {
                return cannotRead(tr("Steam Guard app data"),
                    tr("Add the Steam account with its otpauth:// or steam:// link instead."));
            }
            if (has("otpGenerator") || has("accountType")) {
                return cannotRead(tr("Duo Mobile app data"), tr("Re-enrol the accounts in Tessera."));
            }
        }
        return std::nullopt;
    }

    Result<FormatDetector::Detection> FormatDetector::detect(QByteArrayView data) const
    {
        if (data.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("The file is empty."));
        }
        if (data.size() > Format::MaxFileBytes) {
            return Error(Error::Kind::InvalidInput,
                tr("The file is %1 MiB, larger than any export Tessera reads (%2 MiB).")
                    .arg(data.size() >> 20)
                    .arg(Format::MaxFileBytes >> 20));
        }
        Detection best;
        for (const auto& format : m_formats) {
            const int confidence = format->detect(data);
            if (confidence > best.confidence) {
                best.format = format.get();
                best.confidence = confidence;
            }
        }
        // Opaque bytes are claimed by andOTP (encrypted) only as a last resort: a known foreign file wins.
        if (best.confidence <= Format::Possible) {
            if (auto unsupported = unsupportedFormat(data)) {
                return Error(Error::Kind::InvalidInput, *unsupported);
            }
        }
        if (best.format == nullptr) {
            if (JsonFields::looksLikeJson(data, '{') || JsonFields::looksLikeJson(data, '[')) {
                if (auto parsed = JsonFields::parse(data); !parsed) {
                    return Error(Error::Kind::InvalidInput,
                        tr("The file looks like JSON but is damaged or cut off: %1").arg(parsed.error().message()));
                }
            }
            return Error(
                Error::Kind::InvalidInput, tr("Tessera does not recognise this file. %1").arg(supportedList()));
        }
        best.encrypted = best.format->isEncrypted(data);
        return best;
    }

    Result<ImportResult> FormatDetector::read(
        QByteArrayView data, const std::optional<QString>& password, QStringView formatId) const
    {
        const Format* chosen = nullptr;
        if (formatId.isEmpty() || formatId == u"auto") {
            auto detection = detect(data);
            if (!detection) {
                return detection.error();
            }
            chosen = detection->format;
        } else {
            chosen = format(formatId);
            if (chosen == nullptr) {
                return Error(Error::Kind::InvalidInput,
                    tr("Unknown format '%1'. Known formats: %2.")
                        .arg(formatId.toString(), formatIds().join(QStringLiteral(", "))));
            }
        }
        auto result = chosen->read(data, chosen->isEncrypted(data) ? password : std::nullopt);
        if (result && result->formatId.isEmpty()) {
            result->formatId = chosen->id();
        }
        return result;
    }
}
