#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// Typed, checked access to JSON that other apps wrote. A missing or null field gives the fallback;
    /// a field of the wrong type is an error that names it ("'digits' should be a number, not text"), so
    /// a file with wrong types is reported, never read as zeros.
    class JsonFields
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::JsonFields)

    public:
        /// Parses JSON text; the error names the position of the first problem.
        [[nodiscard]] static Result<QJsonDocument> parse(QByteArrayView text);
        /// Whether the bytes start (after white space and a UTF-8 byte-order mark) like a JSON object or array.
        [[nodiscard]] static bool looksLikeJson(QByteArrayView data, char opening);
        /// The keys of the top-level object (or of the first element of a top-level array), each with the first
        /// character of its value ('"', '{', '[', 'n', 't', 'f' or a digit), found in one pass without building a
        /// document: cheap enough to sniff a large file's format. The JSON is not validated; nothing when the
        /// data does not start like an object or array.
        [[nodiscard]] static std::optional<QHash<QString, char>> topLevelKeys(QByteArrayView data);

        [[nodiscard]] static Result<QString> string(
            const QJsonObject& object, QStringView key, const QString& fallback = QString());
        [[nodiscard]] static Result<qint64> integer(const QJsonObject& object, QStringView key, qint64 fallback);
        [[nodiscard]] static Result<bool> boolean(const QJsonObject& object, QStringView key, bool fallback);
        /// An object field; missing or null gives an empty object (check `contains` when it is required).
        [[nodiscard]] static Result<QJsonObject> object(const QJsonObject& object, QStringView key);
        [[nodiscard]] static Result<QJsonArray> array(const QJsonObject& object, QStringView key);
        /// A required field of any type: the error says it is missing.
        [[nodiscard]] static Result<QJsonValue> required(const QJsonObject& object, QStringView key);

        /// "text", "a number", "an object", ...: how messages name a JSON type.
        [[nodiscard]] static QString typeName(const QJsonValue& value);
    };
}
