#include "JsonFields.h"

#include "SecretWipe.h"

#include <QJsonParseError>
#include <QJsonValue>

#include <limits>

namespace tessera
{
    namespace
    {
        Error wrongType(QStringView key, const QString& expected, const QJsonValue& value)
        {
            return {Error::Kind::InvalidInput,
                QCoreApplication::translate("tessera::JsonFields", "the field '%1' should be %2, not %3.")
                    .arg(key.toString(), expected, JsonFields::typeName(value))};
        }

        bool absent(const QJsonValue& value)
        {
            return value.isUndefined() || value.isNull();
        }
    }

    Result<QJsonDocument> JsonFields::parse(QByteArrayView text)
    {
        QByteArray copy = text.toByteArray();
        QJsonParseError error{};
        QJsonDocument document = QJsonDocument::fromJson(copy, &error);
        wipe(copy);
        if (error.error != QJsonParseError::NoError) {
            return Error(Error::Kind::InvalidInput,
                tr("the JSON is malformed at byte %1 (%2).").arg(error.offset).arg(error.errorString()));
        }
        return document;
    }

    bool JsonFields::looksLikeJson(QByteArrayView data, char opening)
    {
        qsizetype i = 0;
        if (data.startsWith("\xEF\xBB\xBF")) {
            i = 3;
        }
        while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
            ++i;
        }
        return i < data.size() && data[i] == opening;
    }

    std::optional<QHash<QString, char>> JsonFields::topLevelKeys(QByteArrayView data)
    {
        qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
            ++i;
        }
        if (i >= data.size() || (data[i] != '{' && data[i] != '[')) {
            return std::nullopt;
        }
        // The object whose keys are collected sits at depth 1 ({...}) or 2 ([{...}, ...]).
        const int keyDepth = data[i] == '{' ? 1 : 2;
        QHash<QString, char> keys;
        QString pendingKey; // a key whose value's first character is next
        int depth = 0;
        bool firstElement = true;
        bool expectKey = false;
        for (; i < data.size(); ++i) {
            const char c = data[i];
            if (c == '"') {
                const qsizetype start = i + 1;
                qsizetype end = start;
                while (end < data.size() && data[end] != '"') {
                    end += data[end] == '\\' ? 2 : 1;
                }
                if (end >= data.size()) {
                    break;
                }
                if (!pendingKey.isEmpty()) {
                    keys.insert(pendingKey, '"');
                    pendingKey.clear();
                } else if (expectKey && depth == keyDepth && firstElement) {
                    pendingKey = QString::fromUtf8(data.sliced(start, end - start));
                    keys.insert(pendingKey, '\0');
                }
                expectKey = false;
                i = end;
                continue;
            }
            if (!pendingKey.isEmpty() && c != ':' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                keys.insert(pendingKey, c);
                pendingKey.clear();
            }
            switch (c) {
            case '{':
            case '[':
                ++depth;
                expectKey = c == '{';
                break;
            case '}':
            case ']':
                --depth;
                if (keyDepth == 2 && depth == 1) {
                    firstElement = false; // only the first element's keys
                }
                if (depth == 0) {
                    return keys;
                }
                break;
            case ',':
                expectKey = true;
                break;
            case ':':
                expectKey = false;
                break;
            default:
                break;
            }
        }
        return keys;
    }

    Result<QString> JsonFields::string(const QJsonObject& object, QStringView key, const QString& fallback)
    {
        const QJsonValue value = object.value(key);
        if (absent(value)) {
            return fallback;
        }
        if (!value.isString()) {
            return wrongType(key, tr("text"), value);
        }
        return value.toString();
    }

    Result<qint64> JsonFields::integer(const QJsonObject& object, QStringView key, qint64 fallback)
    {
        const QJsonValue value = object.value(key);
        if (absent(value)) {
            return fallback;
        }
        if (!value.isDouble()) {
            return wrongType(key, tr("a number"), value);
        }
        // toInteger() returns its argument when the number is not an exact 64-bit integer.
        const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
        const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
        if (low != high) {
            return Error(Error::Kind::InvalidInput,
                tr("the field '%1' should be a whole number, not %2.").arg(key.toString()).arg(value.toDouble()));
        }
        return low;
    }

    Result<bool> JsonFields::boolean(const QJsonObject& object, QStringView key, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (absent(value)) {
            return fallback;
        }
        if (!value.isBool()) {
            return wrongType(key, tr("true or false"), value);
        }
        return value.toBool();
    }

    Result<QJsonObject> JsonFields::object(const QJsonObject& object, QStringView key)
    {
        const QJsonValue value = object.value(key);
        if (absent(value)) {
            return QJsonObject();
        }
        if (!value.isObject()) {
            return wrongType(key, tr("an object"), value);
        }
        return value.toObject();
    }

    Result<QJsonArray> JsonFields::array(const QJsonObject& object, QStringView key)
    {
        const QJsonValue value = object.value(key);
        if (absent(value)) {
            return QJsonArray();
        }
        if (!value.isArray()) {
            return wrongType(key, tr("a list"), value);
        }
        return value.toArray();
    }

    Result<QJsonValue> JsonFields::required(const QJsonObject& object, QStringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return Error(Error::Kind::InvalidInput, tr("the field '%1' is missing.").arg(key.toString()));
        }
        return value;
    }

    QString JsonFields::typeName(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return tr("true/false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            return tr("missing");
        }
        return tr("unknown");
    }
}
