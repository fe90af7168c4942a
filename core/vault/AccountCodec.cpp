#include "AccountCodec.h"

#include "SecretWipe.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QVarLengthArray>

#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace tessera
{
    namespace
    {
        // Keys of the record map, in the order they are written.
        const QLatin1String KeyIssuer("issuer");
        const QLatin1String KeyAccount("account");
        const QLatin1String KeyType("type");
        const QLatin1String KeyAlgorithm("algorithm");
        const QLatin1String KeyDigits("digits");
        const QLatin1String KeyPeriod("period");
        const QLatin1String KeyCounter("counter");
        const QLatin1String KeySecret("secret");
        const QLatin1String KeyNote("note");
        const QLatin1String KeyTags("tags");
        const QLatin1String KeyFavorite("favorite");
        const QLatin1String KeyPosition("position");
        const QLatin1String KeyCreatedAt("created_at");
        const QLatin1String KeyModifiedAt("modified_at");
        const QLatin1String KeyLastVerifiedAt("last_verified_at");
        const QLatin1String KeyTrashedAt("trashed_at");
        const QLatin1String KeyRecovery("recovery");
        // Keys of the recovery map.
        const QLatin1String KeyEmail("email");
        const QLatin1String KeyPhone("phone");
        const QLatin1String KeyPhoneCheckedOn("phone_checked_on");
        const QLatin1String KeySecondFactor("second_factor");
        const QLatin1String KeyUrl("url");
        const QLatin1String KeyCodes("codes");
        // Keys of one recovery code.
        const QLatin1String KeyCode("code");
        const QLatin1String KeyUsed("used");
        const QLatin1String KeyUsedAt("used_at");

        /// Every key of every map, so a key is read into a small buffer and named by its index
        /// (no allocation per key), and a repeated key is one bit in a mask.
        const QLatin1String* const KnownKeys[] = {&KeyIssuer, &KeyAccount, &KeyType, &KeyAlgorithm, &KeyDigits,
            &KeyPeriod, &KeyCounter, &KeySecret, &KeyNote, &KeyTags, &KeyFavorite, &KeyPosition, &KeyCreatedAt,
            &KeyModifiedAt, &KeyLastVerifiedAt, &KeyTrashedAt, &KeyRecovery, &KeyEmail, &KeyPhone, &KeyPhoneCheckedOn,
            &KeySecondFactor, &KeyUrl, &KeyCodes, &KeyCode, &KeyUsed, &KeyUsedAt};
        constexpr qsizetype LongestKey = 24;

        /// A map key: the known key it is (compare with `==`), or its text when it is unknown.
        struct Key
        {
            const QLatin1String* known = nullptr;
            QString unknown;

            bool operator==(const QLatin1String& other) const { return known == &other; }
            [[nodiscard]] QString text() const { return known != nullptr ? QString(*known) : unknown; }
        };

        Error malformed(const QString& what)
        {
            return {Error::Kind::Corrupt,
                QCoreApplication::translate("tessera::AccountCodec", "The account record cannot be decoded (%1).")
                    .arg(what)};
        }

        Error unknownKey(const QString& key)
        {
            return {Error::Kind::Unsupported,
                QCoreApplication::translate("tessera::AccountCodec",
                    "The account record has a field '%1' this version of Tessera does not know: it was "
                    "written by a newer version.")
                    .arg(key)};
        }

        // ---- writing ------------------------------------------------------------------------

        void writeTime(QCborStreamWriter& writer, QLatin1String key, const QDateTime& time)
        {
            writer.append(key);
            writer.append(static_cast<qint64>(time.toMSecsSinceEpoch()));
        }

        void writeRecovery(QCborStreamWriter& writer, const RecoveryInfo& recovery)
        {
            const bool hasDate = recovery.phoneCheckedOn.isValid();
            writer.startMap(6 + (hasDate ? 1 : 0));
            writer.append(KeyEmail);
            writer.append(recovery.email);
            writer.append(KeyPhone);
            writer.append(recovery.phone);
            if (hasDate) {
                writer.append(KeyPhoneCheckedOn);
                writer.append(recovery.phoneCheckedOn.toString(Qt::ISODate));
            }
            writer.append(KeySecondFactor);
            writer.append(RecoveryInfo::secondFactorName(recovery.secondFactor));
            writer.append(KeyUrl);
            writer.append(recovery.recoveryUrl);
            writer.append(KeyNote);
            writer.append(recovery.note);
            writer.append(KeyCodes);
            writer.startArray(static_cast<quint64>(recovery.recoveryCodes.size()));
            for (const RecoveryCode& code : recovery.recoveryCodes) {
                const bool hasUsedAt = code.usedAt.isValid();
                writer.startMap(2 + (hasUsedAt ? 1 : 0));
                writer.append(KeyCode);
                writer.append(code.code);
                writer.append(KeyUsed);
                writer.append(code.used);
                if (hasUsedAt) {
                    writeTime(writer, KeyUsedAt, code.usedAt);
                }
                writer.endMap();
            }
            writer.endArray();
            writer.endMap();
        }

        qsizetype estimateSize(const Account& account)
        {
            // Generous: UTF-16 to UTF-8 is at most 3 bytes per unit, and every item has a small header.
            qsizetype size = 512 + account.parameters.secret().size();
            const auto text = [&size](const QString& s) { size += 3 * s.size() + 16; };
            text(account.issuer);
            text(account.accountName);
            text(account.note);
            for (const QString& tag : account.tags) {
                text(tag);
            }
            const RecoveryInfo& r = account.recovery;
            text(r.email);
            text(r.phone);
            text(r.recoveryUrl);
            text(r.note);
            for (const RecoveryCode& code : r.recoveryCodes) {
                text(code.code);
                size += 48;
            }
            return size;
        }

        // ---- reading ------------------------------------------------------------------------

        std::optional<QString> readText(QCborStreamReader& reader)
        {
            if (!reader.isString()) {
                return std::nullopt;
            }
            QString text;
            auto chunk = reader.readString();
            while (chunk.status == QCborStreamReader::Ok) {
                text += chunk.data;
                chunk = reader.readString();
            }
            if (chunk.status == QCborStreamReader::Error) {
                return std::nullopt;
            }
            return text;
        }

        std::optional<QByteArray> readBytes(QCborStreamReader& reader)
        {
            if (!reader.isByteArray()) {
                return std::nullopt;
            }
            QByteArray bytes;
            auto chunk = reader.readByteArray();
            while (chunk.status == QCborStreamReader::Ok) {
                if (bytes.isEmpty()) {
                    bytes = std::move(chunk.data);
                } else {
                    bytes += chunk.data;
                    wipe(chunk.data);
                }
                chunk = reader.readByteArray();
            }
            if (chunk.status == QCborStreamReader::Error) {
                wipe(bytes);
                return std::nullopt;
            }
            return bytes;
        }

        std::optional<quint64> readUnsigned(QCborStreamReader& reader)
        {
            if (!reader.isUnsignedInteger()) {
                return std::nullopt;
            }
            const quint64 value = reader.toUnsignedInteger();
            reader.next();
            return value;
        }

        std::optional<qint64> readSigned(QCborStreamReader& reader)
        {
            if (reader.isUnsignedInteger()) {
                const quint64 value = reader.toUnsignedInteger();
                if (value > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
                    return std::nullopt;
                }
                reader.next();
                return static_cast<qint64>(value);
            }
            if (reader.isNegativeInteger()) {
                // CBOR stores -1 - n; n must keep the result within qint64.
                const auto n = static_cast<quint64>(reader.toNegativeInteger());
                if (n == 0 || n - 1 > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
                    return std::nullopt;
                }
                reader.next();
                return -static_cast<qint64>(n - 1) - 1;
            }
            return std::nullopt;
        }

        std::optional<bool> readBool(QCborStreamReader& reader)
        {
            if (!reader.isBool()) {
                return std::nullopt;
            }
            const bool value = reader.toBool();
            reader.next();
            return value;
        }

        std::optional<QDateTime> readTime(QCborStreamReader& reader)
        {
            const auto ms = readSigned(reader);
            if (!ms) {
                return std::nullopt;
            }
            QDateTime time = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
            if (!time.isValid()) {
                return std::nullopt;
            }
            return time;
        }

        /// Reads a map key without allocating for the known ones; nullopt when it is not text.
        std::optional<Key> readKey(QCborStreamReader& reader)
        {
            if (!reader.isString()) {
                return std::nullopt;
            }
            QVarLengthArray<char, LongestKey> bytes;
            for (;;) {
                const qsizetype size = reader.currentStringChunkSize();
                if (size < 0 || size > 4096) {
                    return std::nullopt;
                }
                const qsizetype before = bytes.size();
                bytes.resize(before + size);
                const auto read = reader.readStringChunk(bytes.data() + before, size);
                if (read.status == QCborStreamReader::Error) {
                    return std::nullopt;
                }
                bytes.resize(before + (read.status == QCborStreamReader::Ok ? read.data : 0));
                if (read.status == QCborStreamReader::EndOfString) {
                    break;
                }
            }
            Key key;
            const QLatin1String text(bytes.constData(), bytes.size());
            for (const QLatin1String* known : KnownKeys) {
                if (*known == text) {
                    key.known = known;
                    return key;
                }
            }
            key.unknown = QString::fromUtf8(bytes.constData(), bytes.size());
            return key;
        }

        /// Iterates a map with text keys, refusing repeats; `visit(key)` reads the value.
        template <typename Visit> Result<void> readMap(QCborStreamReader& reader, const QString& where, Visit visit)
        {
            if (!reader.isMap() || !reader.enterContainer()) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "%1 is not a map").arg(where));
            }
            quint64 seen = 0;
            while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
                const auto key = readKey(reader);
                if (!key) {
                    return malformed(
                        QCoreApplication::translate("tessera::AccountCodec", "%1 has a key that is not text")
                            .arg(where));
                }
                if (key->known == nullptr) {
                    return unknownKey(key->unknown);
                }
                quint64 mask = 0;
                for (std::size_t i = 0; i < std::size(KnownKeys); ++i) {
                    if (KnownKeys[i] == key->known) {
                        mask = quint64(1) << i;
                    }
                }
                if ((seen & mask) != 0) {
                    return malformed(QCoreApplication::translate("tessera::AccountCodec", "%1 repeats '%2'")
                                         .arg(where, key->text()));
                }
                seen |= mask;
                if (auto visited = visit(*key); !visited) {
                    return visited.error();
                }
            }
            if (reader.lastError() != QCborError::NoError || !reader.leaveContainer()) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "%1 is truncated").arg(where));
            }
            return {};
        }

        template <typename T> Result<void> assign(std::optional<T> value, T& target, const Key& key)
        {
            if (!value) {
                return malformed(
                    QCoreApplication::translate("tessera::AccountCodec", "'%1' has the wrong type").arg(key.text()));
            }
            target = std::move(*value);
            return {};
        }

        Result<QList<RecoveryCode>> readCodes(QCborStreamReader& reader)
        {
            if (!reader.isArray() || !reader.enterContainer()) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "'codes' is not a list"));
            }
            QList<RecoveryCode> codes;
            while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
                RecoveryCode code;
                bool hasCode = false;
                auto item = readMap(reader, QCoreApplication::translate("tessera::AccountCodec", "a recovery code"),
                    [&](const Key& key) -> Result<void> {
                        if (key == KeyCode) {
                            hasCode = true;
                            return assign(readText(reader), code.code, key);
                        }
                        if (key == KeyUsed) {
                            return assign(readBool(reader), code.used, key);
                        }
                        if (key == KeyUsedAt) {
                            return assign(readTime(reader), code.usedAt, key);
                        }
                        return unknownKey(key.text());
                    });
                if (!item) {
                    return item.error();
                }
                if (!hasCode) {
                    return malformed(
                        QCoreApplication::translate("tessera::AccountCodec", "a recovery code has no 'code'"));
                }
                codes.append(std::move(code));
            }
            if (reader.lastError() != QCborError::NoError || !reader.leaveContainer()) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "'codes' is truncated"));
            }
            return codes;
        }

        Result<RecoveryInfo> readRecovery(QCborStreamReader& reader)
        {
            RecoveryInfo recovery;
            auto read = readMap(reader, QCoreApplication::translate("tessera::AccountCodec", "'recovery'"),
                [&](const Key& key) -> Result<void> {
                    if (key == KeyEmail) {
                        return assign(readText(reader), recovery.email, key);
                    }
                    if (key == KeyPhone) {
                        return assign(readText(reader), recovery.phone, key);
                    }
                    if (key == KeyPhoneCheckedOn) {
                        const auto text = readText(reader);
                        const QDate date = text ? QDate::fromString(*text, Qt::ISODate) : QDate();
                        if (!date.isValid()) {
                            return malformed(QCoreApplication::translate(
                                "tessera::AccountCodec", "'phone_checked_on' is not a date"));
                        }
                        recovery.phoneCheckedOn = date;
                        return {};
                    }
                    if (key == KeySecondFactor) {
                        const auto text = readText(reader);
                        const auto factor = text ? RecoveryInfo::parseSecondFactor(*text) : std::nullopt;
                        if (!factor) {
                            return malformed(QCoreApplication::translate(
                                "tessera::AccountCodec", "'second_factor' is not a known value"));
                        }
                        recovery.secondFactor = *factor;
                        return {};
                    }
                    if (key == KeyUrl) {
                        return assign(readText(reader), recovery.recoveryUrl, key);
                    }
                    if (key == KeyNote) {
                        return assign(readText(reader), recovery.note, key);
                    }
                    if (key == KeyCodes) {
                        auto codes = readCodes(reader);
                        if (!codes) {
                            return codes.error();
                        }
                        recovery.recoveryCodes = std::move(codes).value();
                        return {};
                    }
                    return unknownKey(key.text());
                });
            if (!read) {
                return read.error();
            }
            return recovery;
        }

        /// Which parts of a record a caller wants; the rest is skipped without being copied.
        enum class Part
        {
            Everything,
            Summary,
            Parameters,
        };

        struct Decoded
        {
            AccountSummary summary;
            QByteArray secret;
            QString note;
            RecoveryInfo recovery;
            bool hasType = false;
            bool hasAlgorithm = false;
            bool hasDigits = false;
            bool hasPeriod = false;
            bool hasCounter = false;
            bool hasSecret = false;

            Decoded() = default;
            Decoded(const Decoded&) = delete;
            Decoded& operator=(const Decoded&) = delete;
            ~Decoded() { wipe(secret); }
        };

        Result<void> decodeInto(QByteArrayView plaintext, Part part, Decoded& out)
        {
            // No copy: the reader walks the guarded bytes in place.
            const QByteArray raw = QByteArray::fromRawData(plaintext.data(), plaintext.size());
            QCborStreamReader reader(raw);
            const bool wantsSecret = part != Part::Summary;
            const bool wantsDetails = part == Part::Everything;
            const bool wantsLabels = part != Part::Parameters;
            AccountSummary& s = out.summary;
            auto read = readMap(reader, QCoreApplication::translate("tessera::AccountCodec", "the record"),
                [&](const Key& key) -> Result<void> {
                    if (key == KeyType) {
                        const auto text = readText(reader);
                        const auto type = text ? OtpParameters::parseType(*text) : std::nullopt;
                        if (!type || *text != OtpParameters::typeName(*type)) {
                            return malformed(
                                QCoreApplication::translate("tessera::AccountCodec", "'type' is not a known value"));
                        }
                        s.type = *type;
                        out.hasType = true;
                        return {};
                    }
                    if (key == KeyAlgorithm) {
                        const auto text = readText(reader);
                        const auto algorithm = text ? OtpParameters::parseAlgorithm(*text) : std::nullopt;
                        if (!algorithm || *text != OtpParameters::algorithmName(*algorithm)) {
                            return malformed(QCoreApplication::translate(
                                "tessera::AccountCodec", "'algorithm' is not a known value"));
                        }
                        s.algorithm = *algorithm;
                        out.hasAlgorithm = true;
                        return {};
                    }
                    if (key == KeyDigits || key == KeyPeriod) {
                        const auto value = readUnsigned(reader);
                        if (!value || *value > 1'000'000U) {
                            return malformed(
                                QCoreApplication::translate("tessera::AccountCodec", "'%1' is out of range")
                                    .arg(key.text()));
                        }
                        (key == KeyDigits ? s.digits : s.period) = static_cast<int>(*value);
                        (key == KeyDigits ? out.hasDigits : out.hasPeriod) = true;
                        return {};
                    }
                    if (key == KeyCounter) {
                        out.hasCounter = true;
                        return assign(readUnsigned(reader), s.counter, key);
                    }
                    if (key == KeySecret) {
                        out.hasSecret = true;
                        if (!wantsSecret) {
                            if (!reader.isByteArray()) {
                                return malformed(QCoreApplication::translate(
                                    "tessera::AccountCodec", "'secret' has the wrong type"));
                            }
                            reader.next();
                            return {};
                        }
                        return assign(readBytes(reader), out.secret, key);
                    }
                    if (key == KeyIssuer || key == KeyAccount) {
                        if (!wantsLabels) {
                            if (!reader.isString()) {
                                return malformed(
                                    QCoreApplication::translate("tessera::AccountCodec", "'%1' has the wrong type")
                                        .arg(key.text()));
                            }
                            reader.next();
                            return {};
                        }
                        return assign(readText(reader), key == KeyIssuer ? s.issuer : s.accountName, key);
                    }
                    if (key == KeyNote) {
                        if (!wantsDetails) {
                            if (!reader.isString()) {
                                return malformed(
                                    QCoreApplication::translate("tessera::AccountCodec", "'note' has the wrong type"));
                            }
                            reader.next();
                            return {};
                        }
                        return assign(readText(reader), out.note, key);
                    }
                    if (key == KeyTags) {
                        if (!reader.isArray() || !reader.enterContainer()) {
                            return malformed(
                                QCoreApplication::translate("tessera::AccountCodec", "'tags' is not a list"));
                        }
                        QStringList tags;
                        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
                            const auto tag = readText(reader);
                            if (!tag) {
                                return malformed(
                                    QCoreApplication::translate("tessera::AccountCodec", "a tag is not text"));
                            }
                            tags.append(*tag);
                        }
                        if (reader.lastError() != QCborError::NoError || !reader.leaveContainer()) {
                            return malformed(
                                QCoreApplication::translate("tessera::AccountCodec", "'tags' is truncated"));
                        }
                        s.tags = wantsLabels ? std::move(tags) : QStringList();
                        return {};
                    }
                    if (key == KeyFavorite) {
                        return assign(readBool(reader), s.favorite, key);
                    }
                    if (key == KeyPosition) {
                        return assign(readSigned(reader), s.position, key);
                    }
                    if (key == KeyCreatedAt) {
                        return assign(readTime(reader), s.createdAt, key);
                    }
                    if (key == KeyModifiedAt) {
                        return assign(readTime(reader), s.modifiedAt, key);
                    }
                    if (key == KeyLastVerifiedAt) {
                        return assign(readTime(reader), s.lastVerifiedAt, key);
                    }
                    if (key == KeyTrashedAt) {
                        return assign(readTime(reader), s.trashedAt, key);
                    }
                    if (key == KeyRecovery) {
                        if (!wantsDetails) {
                            if (!reader.isMap()) {
                                return malformed(
                                    QCoreApplication::translate("tessera::AccountCodec", "'recovery' is not a map"));
                            }
                            reader.next();
                            return reader.lastError() == QCborError::NoError
                                ? Result<void>()
                                : Result<void>(malformed(
                                    QCoreApplication::translate("tessera::AccountCodec", "'recovery' is truncated")));
                        }
                        auto recovery = readRecovery(reader);
                        if (!recovery) {
                            return recovery.error();
                        }
                        out.recovery = std::move(recovery).value();
                        return {};
                    }
                    return unknownKey(key.text());
                });
            if (!read) {
                return read.error();
            }
            if (reader.lastError() != QCborError::NoError || reader.currentOffset() != raw.size()) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "bytes follow the record"));
            }
            if (!out.hasType || !out.hasAlgorithm || !out.hasDigits || !out.hasPeriod || !out.hasCounter
                || !out.hasSecret) {
                return malformed(QCoreApplication::translate("tessera::AccountCodec", "an OTP parameter is missing"));
            }
            return {};
        }

        Result<OtpParameters> buildParameters(Decoded& decoded)
        {
            const AccountSummary& s = decoded.summary;
            auto parameters = OtpParameters::create(
                s.type, std::exchange(decoded.secret, {}), s.algorithm, s.digits, s.period, s.counter);
            if (!parameters) {
                return malformed(parameters.error().message());
            }
            return parameters;
        }
    }

    QByteArray AccountCodec::encode(const Account& account)
    {
        QByteArray out;
        out.reserve(estimateSize(account));
        {
            QCborStreamWriter writer(&out);
            int entries = 13; // every key but the optional times
            for (const QDateTime* time :
                {&account.createdAt, &account.modifiedAt, &account.lastVerifiedAt, &account.trashedAt}) {
                entries += time->isValid() ? 1 : 0;
            }
            const OtpParameters& p = account.parameters;
            writer.startMap(static_cast<quint64>(entries));
            writer.append(KeyIssuer);
            writer.append(account.issuer);
            writer.append(KeyAccount);
            writer.append(account.accountName);
            writer.append(KeyType);
            writer.append(OtpParameters::typeName(p.type()));
            writer.append(KeyAlgorithm);
            writer.append(OtpParameters::algorithmName(p.algorithm()));
            writer.append(KeyDigits);
            writer.append(static_cast<quint64>(p.digits()));
            writer.append(KeyPeriod);
            writer.append(static_cast<quint64>(p.period()));
            writer.append(KeyCounter);
            writer.append(static_cast<quint64>(p.counter()));
            writer.append(KeySecret);
            writer.appendByteString(p.secret().constData(), p.secret().size());
            writer.append(KeyNote);
            writer.append(account.note);
            writer.append(KeyTags);
            writer.startArray(static_cast<quint64>(account.tags.size()));
            for (const QString& tag : account.tags) {
                writer.append(tag);
            }
            writer.endArray();
            writer.append(KeyFavorite);
            writer.append(account.favorite);
            writer.append(KeyPosition);
            writer.append(static_cast<qint64>(account.position));
            if (account.createdAt.isValid()) {
                writeTime(writer, KeyCreatedAt, account.createdAt);
            }
            if (account.modifiedAt.isValid()) {
                writeTime(writer, KeyModifiedAt, account.modifiedAt);
            }
            if (account.lastVerifiedAt.isValid()) {
                writeTime(writer, KeyLastVerifiedAt, account.lastVerifiedAt);
            }
            if (account.trashedAt.isValid()) {
                writeTime(writer, KeyTrashedAt, account.trashedAt);
            }
            writer.append(KeyRecovery);
            writeRecovery(writer, account.recovery);
            writer.endMap();
        }
        return out;
    }

    Result<Account> AccountCodec::decode(QByteArrayView plaintext, const QUuid& id)
    {
        Decoded decoded;
        if (auto read = decodeInto(plaintext, Part::Everything, decoded); !read) {
            return read.error();
        }
        auto parameters = buildParameters(decoded);
        if (!parameters) {
            return parameters.error();
        }
        Account account(std::move(parameters).value());
        AccountSummary& s = decoded.summary;
        account.id = id;
        account.issuer = std::move(s.issuer);
        account.accountName = std::move(s.accountName);
        account.note = std::move(decoded.note);
        account.tags = std::move(s.tags);
        account.favorite = s.favorite;
        account.position = s.position;
        account.trashedAt = s.trashedAt;
        account.createdAt = s.createdAt;
        account.modifiedAt = s.modifiedAt;
        account.lastVerifiedAt = s.lastVerifiedAt;
        account.recovery = std::move(decoded.recovery);
        return account;
    }

    Result<AccountSummary> AccountCodec::decodeSummary(QByteArrayView plaintext, const QUuid& id, quint64 revision)
    {
        Decoded decoded;
        if (auto read = decodeInto(plaintext, Part::Summary, decoded); !read) {
            return read.error();
        }
        AccountSummary summary = std::move(decoded.summary);
        summary.id = id;
        summary.revision = revision;
        if (summary.type == OtpType::Steam) {
            summary.algorithm = HashAlgorithm::Sha1;
            summary.digits = OtpParameters::SteamDigits;
        }
        return summary;
    }

    Result<OtpParameters> AccountCodec::decodeParameters(QByteArrayView plaintext)
    {
        Decoded decoded;
        if (auto read = decodeInto(plaintext, Part::Parameters, decoded); !read) {
            return read.error();
        }
        return buildParameters(decoded);
    }
}
