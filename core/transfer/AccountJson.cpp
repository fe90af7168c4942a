#include "AccountJson.h"

#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QJsonArray>

namespace tessera
{
    namespace
    {
        QJsonValue timeJson(const QDateTime& time)
        {
            if (!time.isValid()) {
                return QJsonValue::Null;
            }
            return time.toUTC().toString(Qt::ISODateWithMs);
        }

        Result<QDateTime> timeField(const QJsonObject& object, QStringView key)
        {
            auto text = JsonFields::string(object, key);
            if (!text) {
                return text.error();
            }
            if (text->isEmpty()) {
                return QDateTime();
            }
            QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
            if (!time.isValid()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::AccountJson", "the field '%1' is not a date and time (ISO 8601).")
                        .arg(key.toString()));
            }
            return time.toUTC();
        }

        Result<QStringList> stringList(const QJsonObject& object, QStringView key)
        {
            auto array = JsonFields::array(object, key);
            if (!array) {
                return array.error();
            }
            QStringList list;
            for (const QJsonValue& value : *array) {
                if (!value.isString()) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::AccountJson", "the field '%1' should hold only text.")
                            .arg(key.toString()));
                }
                list.append(value.toString());
            }
            return list;
        }

        QJsonObject recoveryJson(const RecoveryInfo& recovery)
        {
            QJsonArray codes;
            for (const RecoveryCode& code : recovery.recoveryCodes) {
                QJsonObject object;
                object.insert(QStringLiteral("code"), code.code);
                object.insert(QStringLiteral("used"), code.used);
                object.insert(QStringLiteral("usedAt"), timeJson(code.usedAt));
                codes.append(object);
            }
            QJsonObject object;
            object.insert(QStringLiteral("email"), recovery.email);
            object.insert(QStringLiteral("phone"), recovery.phone);
            object.insert(QStringLiteral("phoneCheckedOn"),
                recovery.phoneCheckedOn.isValid() ? QJsonValue(recovery.phoneCheckedOn.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("recoveryCodes"), codes);
            object.insert(QStringLiteral("secondFactor"), RecoveryInfo::secondFactorName(recovery.secondFactor));
            object.insert(QStringLiteral("recoveryUrl"), recovery.recoveryUrl);
            object.insert(QStringLiteral("note"), recovery.note);
            return object;
        }

        Result<RecoveryInfo> recoveryFromJson(const QJsonObject& object)
        {
            RecoveryInfo recovery;
            auto email = JsonFields::string(object, u"email");
            auto phone = JsonFields::string(object, u"phone");
            auto checked = JsonFields::string(object, u"phoneCheckedOn");
            auto factor = JsonFields::string(object, u"secondFactor", QStringLiteral("unknown"));
            auto url = JsonFields::string(object, u"recoveryUrl");
            auto note = JsonFields::string(object, u"note");
            for (const auto* field : {&email, &phone, &checked, &factor, &url, &note}) {
                if (!*field) {
                    return field->error();
                }
            }
            recovery.email = *email;
            recovery.phone = *phone;
            recovery.recoveryUrl = *url;
            recovery.note = *note;
            if (!checked->isEmpty()) {
                recovery.phoneCheckedOn = QDate::fromString(*checked, Qt::ISODate);
                if (!recovery.phoneCheckedOn.isValid()) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate(
                            "tessera::AccountJson", "the field 'phoneCheckedOn' is not a date."));
                }
            }
            const auto secondFactor = RecoveryInfo::parseSecondFactor(*factor);
            if (!secondFactor) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::AccountJson", "the field 'secondFactor' has the unknown value '%1'.")
                        .arg(*factor));
            }
            recovery.secondFactor = *secondFactor;
            auto codes = JsonFields::array(object, u"recoveryCodes");
            if (!codes) {
                return codes.error();
            }
            for (const QJsonValue& value : *codes) {
                const QJsonObject codeObject = value.toObject();
                auto code = JsonFields::string(codeObject, u"code");
                auto used = JsonFields::boolean(codeObject, u"used", false);
                auto usedAt = timeField(codeObject, u"usedAt");
                if (!code) {
                    return code.error();
                }
                if (!used) {
                    return used.error();
                }
                if (!usedAt) {
                    return usedAt.error();
                }
                recovery.recoveryCodes.append({*code, *used, *usedAt});
            }
            return recovery;
        }
    }

    QJsonObject AccountJson::toJson(const Account& account)
    {
        const OtpParameters& p = account.parameters;
        QJsonObject otp;
        otp.insert(QStringLiteral("type"), OtpParameters::typeName(p.type()));
        otp.insert(QStringLiteral("secret"), p.secretBase32());
        otp.insert(QStringLiteral("algorithm"), OtpParameters::algorithmName(p.algorithm()));
        otp.insert(QStringLiteral("digits"), p.digits());
        otp.insert(QStringLiteral("period"), p.period());
        otp.insert(QStringLiteral("counter"), QString::number(p.counter()));

        QJsonObject object;
        object.insert(QStringLiteral("id"), account.id.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("issuer"), account.issuer);
        object.insert(QStringLiteral("account"), account.accountName);
        object.insert(QStringLiteral("otp"), otp);
        object.insert(QStringLiteral("note"), account.note);
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(account.tags));
        object.insert(QStringLiteral("favorite"), account.favorite);
        object.insert(QStringLiteral("position"), account.position);
        object.insert(QStringLiteral("trashedAt"), timeJson(account.trashedAt));
        object.insert(QStringLiteral("createdAt"), timeJson(account.createdAt));
        object.insert(QStringLiteral("modifiedAt"), timeJson(account.modifiedAt));
        object.insert(QStringLiteral("lastVerifiedAt"), timeJson(account.lastVerifiedAt));
        object.insert(QStringLiteral("recovery"), recoveryJson(account.recovery));
        return object;
    }

    Result<Account> AccountJson::fromJson(const QJsonObject& object)
    {
        if (!object.value(u"otp").isObject()) {
            return Error(Error::Kind::InvalidInput, tr("the field 'otp' is missing or not an object."));
        }
        const QJsonObject otp = object.value(u"otp").toObject();
        auto type = JsonFields::string(otp, u"type");
        auto secret = JsonFields::string(otp, u"secret");
        auto algorithm = JsonFields::string(otp, u"algorithm", QStringLiteral("SHA1"));
        auto counterText = JsonFields::string(otp, u"counter", QStringLiteral("0"));
        for (const auto* field : {&type, &secret, &algorithm, &counterText}) {
            if (!*field) {
                return field->error();
            }
        }
        auto digits = JsonFields::integer(otp, u"digits", OtpParameters::DefaultDigits);
        auto period = JsonFields::integer(otp, u"period", OtpParameters::DefaultPeriod);
        if (!digits) {
            return digits.error();
        }
        if (!period) {
            return period.error();
        }
        const auto parsedType = OtpParameters::parseType(*type);
        if (!parsedType) {
            return Error(Error::Kind::Unsupported, tr("it has the unknown type '%1'.").arg(*type));
        }
        const auto parsedAlgorithm = OtpParameters::parseAlgorithm(*algorithm);
        if (!parsedAlgorithm) {
            return Error(Error::Kind::Unsupported, tr("it has the unknown algorithm '%1'.").arg(*algorithm));
        }
        bool counterOk = false;
        const quint64 counter = counterText->toULongLong(&counterOk);
        if (!counterOk) {
            return Error(Error::Kind::InvalidInput, tr("the field 'counter' is not a whole number."));
        }
        auto key = ForeignEntry::decodeBase32(*secret);
        wipe(*secret);
        if (!key) {
            return key.error();
        }
        if (*digits < 0 || *digits > 100 || *period < 0 || *period > 10'000'000) {
            return Error(Error::Kind::InvalidInput, tr("its digits or period are out of range."));
        }
        auto parameters = OtpParameters::create(*parsedType, std::move(key).value(), *parsedAlgorithm,
            static_cast<int>(*digits), static_cast<int>(*period), counter);
        if (!parameters) {
            return parameters.error();
        }
        Account account(std::move(parameters).value());

        auto id = JsonFields::string(object, u"id");
        auto issuer = JsonFields::string(object, u"issuer");
        auto name = JsonFields::string(object, u"account");
        auto note = JsonFields::string(object, u"note");
        for (const auto* field : {&id, &issuer, &name, &note}) {
            if (!*field) {
                return field->error();
            }
        }
        auto tags = stringList(object, u"tags");
        auto favorite = JsonFields::boolean(object, u"favorite", false);
        auto position = JsonFields::integer(object, u"position", 0);
        auto trashedAt = timeField(object, u"trashedAt");
        auto createdAt = timeField(object, u"createdAt");
        auto modifiedAt = timeField(object, u"modifiedAt");
        auto lastVerifiedAt = timeField(object, u"lastVerifiedAt");
        auto recoveryObject = JsonFields::object(object, u"recovery");
        if (!tags) {
            return tags.error();
        }
        if (!favorite) {
            return favorite.error();
        }
        if (!position) {
            return position.error();
        }
        for (const auto* field : {&trashedAt, &createdAt, &modifiedAt, &lastVerifiedAt}) {
            if (!*field) {
                return field->error();
            }
        }
        if (!recoveryObject) {
            return recoveryObject.error();
        }
        auto recovery = recoveryFromJson(*recoveryObject);
        if (!recovery) {
            return recovery.error();
        }
        account.id = QUuid::fromString(*id);
        account.issuer = *issuer;
        account.accountName = *name;
        account.note = *note;
        account.tags = *tags;
        account.favorite = *favorite;
        account.position = *position;
        account.trashedAt = *trashedAt;
        account.createdAt = *createdAt;
        account.modifiedAt = *modifiedAt;
        account.lastVerifiedAt = *lastVerifiedAt;
        account.recovery = *recovery;
        return account;
    }
}
