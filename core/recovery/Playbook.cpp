#include "Playbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace tessera
{
    void initPlaybookResources(); // PlaybookResources.cpp

    namespace
    {
        const QString ResourceDirectory = QStringLiteral(":/tessera/playbooks");

        /// The JSON keys whose strings people read; GeneratePlaybookStrings.cmake lists the same.
        QString translated(const QString& key, const QString& text)
        {
            static const QSet<QString> translatable{QStringLiteral("provider"), QStringLiteral("title"),
                QStringLiteral("summary"), QStringLiteral("text"), QStringLiteral("symptom"), QStringLiteral("cause")};
            if (!translatable.contains(key)) {
                return text;
            }
            const QByteArray source = text.toUtf8();
            return QCoreApplication::translate("Playbook", source.constData());
        }

        struct Factors
        {
            Playbook::Factor factor;
            const char* key;
            const char* label;
        };

        const Factors FactorTable[] = {
            {Playbook::Factor::Email, "email", QT_TRANSLATE_NOOP("Playbook", "Email")},
            {Playbook::Factor::PhoneCall, "phoneCall", QT_TRANSLATE_NOOP("Playbook", "Phone call")},
            {Playbook::Factor::Sms, "sms", QT_TRANSLATE_NOOP("Playbook", "Text message (SMS)")},
            {Playbook::Factor::RecoveryCodes, "recoveryCodes", QT_TRANSLATE_NOOP("Playbook", "Recovery codes")},
            {Playbook::Factor::TrustedDevice, "trustedDevice", QT_TRANSLATE_NOOP("Playbook", "Trusted device")},
            {Playbook::Factor::Administrator, "administrator", QT_TRANSLATE_NOOP("Playbook", "Administrator")},
            {Playbook::Factor::SecurityKey, "securityKey", QT_TRANSLATE_NOOP("Playbook", "Security key")},
            {Playbook::Factor::OtherMfaDevice, "otherMfaDevice",
                QT_TRANSLATE_NOOP("Playbook", "Another registered MFA device")},
            {Playbook::Factor::RecoveryContact, "recoveryContact", QT_TRANSLATE_NOOP("Playbook", "Recovery contact")},
            {Playbook::Factor::SshKeyOrToken, "sshKeyOrToken",
                QT_TRANSLATE_NOOP("Playbook", "SSH key or access token")},
            {Playbook::Factor::SupportRequest, "supportRequest",
                QT_TRANSLATE_NOOP("Playbook", "Request to the provider's support")},
        };

        /// Reads one file's JSON, naming the file and the field in every error.
        class Reader
        {
        public:
            explicit Reader(QString fileName)
                : m_file(std::move(fileName))
            { }

            [[nodiscard]] Error error(const QString& where, const QString& what) const
            {
                return {Error::Kind::Corrupt,
                    QStringLiteral("Playbook %1: %2: %3")
                        .arg(m_file, where.isEmpty() ? QStringLiteral("(top)") : where, what)};
            }

            static QString at(const QString& where, const QString& key)
            {
                return where.isEmpty() ? key : where + QLatin1Char('.') + key;
            }

            static QString at(const QString& where, qsizetype index)
            {
                return QStringLiteral("%1[%2]").arg(where).arg(index);
            }

            Result<QJsonObject> object(const QJsonValue& value,
                const QString& where,
                const QStringList& required,
                const QStringList& optional) const
            {
                if (!value.isObject()) {
                    return error(where, QStringLiteral("must be an object."));
                }
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (!required.contains(it.key()) && !optional.contains(it.key())) {
                        return error(at(where, it.key()), QStringLiteral("is not a field of this object."));
                    }
                }
                for (const QString& key : required) {
                    if (!object.contains(key)) {
                        return error(at(where, key), QStringLiteral("is missing."));
                    }
                }
                return object;
            }

            Result<QString> text(const QJsonObject& object, const QString& key, const QString& where) const
            {
                const QJsonValue value = object.value(key);
                if (!value.isString() || value.toString().trimmed().isEmpty()) {
                    return error(at(where, key), QStringLiteral("must be a non-empty string."));
                }
                const QString text = value.toString();
                if (text != text.trimmed() || text.contains(QLatin1Char('\n'))) {
                    return error(at(where, key), QStringLiteral("must be one line without surrounding spaces."));
                }
                return translated(key, text);
            }

            Result<QString> identifier(const QJsonObject& object, const QString& key, const QString& where) const
            {
                static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
                const QJsonValue value = object.value(key);
                if (!value.isString() || !pattern.match(value.toString()).hasMatch()) {
                    return error(at(where, key),
                        QStringLiteral("must be an identifier of lower-case letters, digits and single hyphens."));
                }
                return value.toString();
            }

            Result<QStringList> sources(const QJsonObject& object, const QString& where) const
            {
                const QString field = at(where, QStringLiteral("sources"));
                const QJsonValue value = object.value(QStringLiteral("sources"));
                if (!value.isArray() || value.toArray().isEmpty()) {
                    return error(field, QStringLiteral("must be a non-empty array of https URLs."));
                }
                QStringList out;
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const QUrl url(array.at(i).toString(), QUrl::StrictMode);
                    if (!array.at(i).isString() || !url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
                        return error(at(field, i), QStringLiteral("must be an https URL."));
                    }
                    if (out.contains(array.at(i).toString())) {
                        return error(at(field, i), QStringLiteral("repeats a source."));
                    }
                    out.append(array.at(i).toString());
                }
                return out;
            }

            Result<QDate> checked(const QJsonObject& object, const QString& where) const
            {
                static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
                const QJsonValue value = object.value(QStringLiteral("checked"));
                const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
                if (!value.isString() || !pattern.match(value.toString()).hasMatch() || !date.isValid()) {
                    return error(at(where, QStringLiteral("checked")),
                        QStringLiteral("must be the date the source was last checked, as YYYY-MM-DD."));
                }
                return date;
            }

            Result<QList<Playbook::Factor>> factors(const QJsonObject& object, const QString& where) const
            {
                QList<Playbook::Factor> out;
                if (!object.contains(QStringLiteral("factors"))) {
                    return out;
                }
                const QString field = at(where, QStringLiteral("factors"));
                const QJsonValue value = object.value(QStringLiteral("factors"));
                if (!value.isArray() || value.toArray().isEmpty()) {
                    return error(field, QStringLiteral("must be a non-empty array when present."));
                }
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const auto factor = Playbook::parseFactor(array.at(i).toString());
                    if (!array.at(i).isString() || !factor) {
                        QStringList keys;
                        for (const Factors& entry : FactorTable) {
                            keys.append(QString::fromLatin1(entry.key));
                        }
                        return error(at(field, i), QStringLiteral("must be one of %1.").arg(keys.join(u", ")));
                    }
                    if (out.contains(*factor)) {
                        return error(at(field, i), QStringLiteral("repeats a factor."));
                    }
                    out.append(*factor);
                }
                return out;
            }

            Result<Playbook::Item> item(const QJsonValue& value, const QString& where) const
            {
                const auto object = this->object(
                    value, where, {QStringLiteral("text"), QStringLiteral("sources"), QStringLiteral("checked")}, {});
                if (!object) {
                    return object.error();
                }
                Playbook::Item item;
                auto text = this->text(*object, QStringLiteral("text"), where);
                auto sources = this->sources(*object, where);
                auto checked = this->checked(*object, where);
                if (!text) {
                    return text.error();
                }
                if (!sources) {
                    return sources.error();
                }
                if (!checked) {
                    return checked.error();
                }
                item.text = *text;
                item.sources = *sources;
                item.checked = *checked;
                return item;
            }

            Result<Playbook::Option> option(const QJsonValue& value, const QString& where) const
            {
                const auto object = this->object(value, where,
                    {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("then"), QStringLiteral("sources"),
                        QStringLiteral("checked")},
                    {QStringLiteral("factors"), QStringLiteral("path")});
                if (!object) {
                    return object.error();
                }
                Playbook::Option option;
                auto id = identifier(*object, QStringLiteral("id"), where);
                if (!id) {
                    return id.error();
                }
                auto text = this->text(*object, QStringLiteral("text"), where);
                if (!text) {
                    return text.error();
                }
                auto factors = this->factors(*object, where);
                if (!factors) {
                    return factors.error();
                }
                const QString then = object->value(QStringLiteral("then")).toString();
                if (then == u"retry") {
                    option.then = Playbook::Then::Retry;
                } else if (then == u"continue") {
                    option.then = Playbook::Then::Continue;
                } else if (then == u"restart") {
                    option.then = Playbook::Then::Restart;
                } else if (then == u"path") {
                    option.then = Playbook::Then::Path;
                } else {
                    return error(at(where, QStringLiteral("then")),
                        QStringLiteral("must be one of retry, continue, restart, path."));
                }
                if (option.then == Playbook::Then::Path) {
                    auto path = identifier(*object, QStringLiteral("path"), where);
                    if (!path) {
                        return path.error();
                    }
                    option.path = *path;
                } else if (object->contains(QStringLiteral("path"))) {
                    return error(
                        at(where, QStringLiteral("path")), QStringLiteral("is only allowed with \"then\": \"path\"."));
                }
                auto sources = this->sources(*object, where);
                if (!sources) {
                    return sources.error();
                }
                auto checked = this->checked(*object, where);
                if (!checked) {
                    return checked.error();
                }
                option.id = *id;
                option.text = *text;
                option.factors = *factors;
                option.sources = *sources;
                option.checked = *checked;
                return option;
            }

            Result<Playbook::Failure> failure(const QJsonValue& value, const QString& where) const
            {
                const auto object = this->object(value, where,
                    {QStringLiteral("id"), QStringLiteral("symptom"), QStringLiteral("cause"),
                        QStringLiteral("options"), QStringLiteral("sources"), QStringLiteral("checked")},
                    {});
                if (!object) {
                    return object.error();
                }
                Playbook::Failure failure;
                auto id = identifier(*object, QStringLiteral("id"), where);
                if (!id) {
                    return id.error();
                }
                auto symptom = text(*object, QStringLiteral("symptom"), where);
                if (!symptom) {
                    return symptom.error();
                }
                auto cause = text(*object, QStringLiteral("cause"), where);
                if (!cause) {
                    return cause.error();
                }
                const QString optionsField = at(where, QStringLiteral("options"));
                const QJsonValue options = object->value(QStringLiteral("options"));
                if (!options.isArray() || options.toArray().isEmpty()) {
                    return error(optionsField, QStringLiteral("must be a non-empty array."));
                }
                const QJsonArray array = options.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    auto option = this->option(array.at(i), at(optionsField, i));
                    if (!option) {
                        return option.error();
                    }
                    if (failure.option(option->id) != nullptr) {
                        return error(at(at(optionsField, i), QStringLiteral("id")),
                            QStringLiteral("\"%1\" is used twice.").arg(option->id));
                    }
                    failure.options.append(*option);
                }
                auto sources = this->sources(*object, where);
                if (!sources) {
                    return sources.error();
                }
                auto checked = this->checked(*object, where);
                if (!checked) {
                    return checked.error();
                }
                failure.id = *id;
                failure.symptom = *symptom;
                failure.cause = *cause;
                failure.sources = *sources;
                failure.checked = *checked;
                return failure;
            }

            Result<Playbook::Step> step(const QJsonValue& value, const QString& where, bool failuresAllowed) const
            {
                QStringList optional{QStringLiteral("factors"), QStringLiteral("optional")};
                if (failuresAllowed) {
                    optional.append(QStringLiteral("failures"));
                }
                const auto object = this->object(value, where,
                    {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("sources"),
                        QStringLiteral("checked")},
                    optional);
                if (!object) {
                    return object.error();
                }
                Playbook::Step step;
                auto id = identifier(*object, QStringLiteral("id"), where);
                if (!id) {
                    return id.error();
                }
                auto text = this->text(*object, QStringLiteral("text"), where);
                if (!text) {
                    return text.error();
                }
                auto factors = this->factors(*object, where);
                if (!factors) {
                    return factors.error();
                }
                if (object->contains(QStringLiteral("optional"))) {
                    if (!object->value(QStringLiteral("optional")).isBool()) {
                        return error(at(where, QStringLiteral("optional")), QStringLiteral("must be true or false."));
                    }
                    step.optional = object->value(QStringLiteral("optional")).toBool();
                }
                if (object->contains(QStringLiteral("failures"))) {
                    const QString field = at(where, QStringLiteral("failures"));
                    const QJsonValue failures = object->value(QStringLiteral("failures"));
                    if (!failures.isArray() || failures.toArray().isEmpty()) {
                        return error(field, QStringLiteral("must be a non-empty array when present."));
                    }
                    const QJsonArray array = failures.toArray();
                    for (qsizetype i = 0; i < array.size(); ++i) {
                        auto failure = this->failure(array.at(i), at(field, i));
                        if (!failure) {
                            return failure.error();
                        }
                        if (step.failure(failure->id) != nullptr) {
                            return error(at(at(field, i), QStringLiteral("id")),
                                QStringLiteral("\"%1\" is used twice.").arg(failure->id));
                        }
                        step.failures.append(*failure);
                    }
                }
                auto sources = this->sources(*object, where);
                if (!sources) {
                    return sources.error();
                }
                auto checked = this->checked(*object, where);
                if (!checked) {
                    return checked.error();
                }
                step.id = *id;
                step.text = *text;
                step.factors = *factors;
                step.sources = *sources;
                step.checked = *checked;
                return step;
            }

            Result<QList<Playbook::Step>> steps(const QJsonObject& object,
                const QString& key,
                const QString& where,
                bool allowEmpty,
                bool failuresAllowed) const
            {
                const QString field = at(where, key);
                const QJsonValue value = object.value(key);
                if (!value.isArray() || (!allowEmpty && value.toArray().isEmpty())) {
                    return error(field,
                        allowEmpty ? QStringLiteral("must be an array.")
                                   : QStringLiteral("must be a non-empty array."));
                }
                QList<Playbook::Step> out;
                QSet<QString> ids;
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    auto step = this->step(array.at(i), at(field, i), failuresAllowed);
                    if (!step) {
                        return step.error();
                    }
                    if (ids.contains(step->id)) {
                        return error(at(at(field, i), QStringLiteral("id")),
                            QStringLiteral("\"%1\" is used twice.").arg(step->id));
                    }
                    ids.insert(step->id);
                    out.append(*step);
                }
                return out;
            }

            Result<Playbook::Path> path(const QJsonValue& value, const QString& where) const
            {
                const auto object = this->object(value, where,
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("steps")},
                    {QStringLiteral("waiting")});
                if (!object) {
                    return object.error();
                }
                Playbook::Path path;
                auto id = identifier(*object, QStringLiteral("id"), where);
                if (!id) {
                    return id.error();
                }
                auto title = text(*object, QStringLiteral("title"), where);
                if (!title) {
                    return title.error();
                }
                if (object->contains(QStringLiteral("waiting"))) {
                    auto waiting = item(object->value(QStringLiteral("waiting")), at(where, QStringLiteral("waiting")));
                    if (!waiting) {
                        return waiting.error();
                    }
                    path.waiting = *waiting;
                }
                auto steps = this->steps(*object, QStringLiteral("steps"), where, false, true);
                if (!steps) {
                    return steps.error();
                }
                path.id = *id;
                path.title = *title;
                path.steps = *steps;
                return path;
            }

            Result<Playbook::ResyncInfo> resync(const QJsonValue& value, const QString& where) const
            {
                const auto object = this->object(value, where,
                    {QStringLiteral("text"), QStringLiteral("consecutiveCodes"), QStringLiteral("sources"),
                        QStringLiteral("checked")},
                    {});
                if (!object) {
                    return object.error();
                }
                Playbook::ResyncInfo info;
                auto text = this->text(*object, QStringLiteral("text"), where);
                if (!text) {
                    return text.error();
                }
                const QJsonValue codes = object->value(QStringLiteral("consecutiveCodes"));
                const int count = codes.toInt(0);
                if (!codes.isDouble() || codes.toDouble() != count || count < 1
                    || count > Playbook::MaxConsecutiveCodes) {
                    return error(at(where, QStringLiteral("consecutiveCodes")),
                        QStringLiteral("must be a whole number from 1 to %1.").arg(Playbook::MaxConsecutiveCodes));
                }
                auto sources = this->sources(*object, where);
                if (!sources) {
                    return sources.error();
                }
                auto checked = this->checked(*object, where);
                if (!checked) {
                    return checked.error();
                }
                info.text = *text;
                info.consecutiveCodes = count;
                info.sources = *sources;
                info.checked = *checked;
                return info;
            }

        private:
            QString m_file;
        };
    }

    const Playbook::Option* Playbook::Failure::option(const QString& id) const
    {
        for (const Option& candidate : options) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

    const Playbook::Failure* Playbook::Step::failure(const QString& id) const
    {
        for (const Failure& candidate : failures) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

    const Playbook::Step* Playbook::Path::step(const QString& id) const
    {
        for (const Step& candidate : steps) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

    QList<Playbook::Factor> Playbook::Path::factors() const
    {
        QList<Factor> out;
        const auto add = [&out](const QList<Factor>& more) {
            for (const Factor factor : more) {
                if (!out.contains(factor)) {
                    out.append(factor);
                }
            }
        };
        for (const Step& step : steps) {
            add(step.factors);
            for (const Failure& failure : step.failures) {
                for (const Option& option : failure.options) {
                    add(option.factors);
                }
            }
        }
        return out;
    }

    const Playbook::Path* Playbook::path(const QString& id) const
    {
        for (const Path& candidate : m_paths) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

    QList<Playbook::Factor> Playbook::factors() const
    {
        QList<Factor> out;
        for (const Path& path : m_paths) {
            for (const Factor factor : path.factors()) {
                if (!out.contains(factor)) {
                    out.append(factor);
                }
            }
        }
        return out;
    }

    QStringList Playbook::allSources() const
    {
        QStringList out;
        const auto add = [&out](const QStringList& sources) {
            for (const QString& source : sources) {
                if (!out.contains(source)) {
                    out.append(source);
                }
            }
        };
        const auto addSteps = [&add](const QList<Step>& steps) {
            for (const Step& step : steps) {
                add(step.sources);
                for (const Failure& failure : step.failures) {
                    add(failure.sources);
                    for (const Option& option : failure.options) {
                        add(option.sources);
                    }
                }
            }
        };
        add(m_waiting.sources);
        for (const Item& item : m_prepare) {
            add(item.sources);
        }
        if (m_resync) {
            add(m_resync->sources);
        }
        for (const Path& path : m_paths) {
            if (path.waiting) {
                add(path.waiting->sources);
            }
            addSteps(path.steps);
        }
        addSteps(m_reEnrol);
        addSteps(m_prevent);
        return out;
    }

    QString Playbook::factorKey(Factor factor)
    {
        for (const Factors& entry : FactorTable) {
            if (entry.factor == factor) {
                return QString::fromLatin1(entry.key);
            }
        }
        return {};
    }

    QString Playbook::factorLabel(Factor factor)
    {
        for (const Factors& entry : FactorTable) {
            if (entry.factor == factor) {
                return QCoreApplication::translate("Playbook", entry.label);
            }
        }
        return {};
    }

    std::optional<Playbook::Factor> Playbook::parseFactor(const QString& key)
    {
        for (const Factors& entry : FactorTable) {
            if (key == QLatin1String(entry.key)) {
                return entry.factor;
            }
        }
        return std::nullopt;
    }

    Result<Playbook> Playbook::parse(const QByteArray& json, const QString& fileName)
    {
        const Reader reader(fileName);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return reader.error(QString(),
                QStringLiteral("not valid JSON at byte %1 (%2).").arg(parseError.offset).arg(parseError.errorString()));
        }
        if (!document.isObject()) {
            return reader.error(QString(), QStringLiteral("must be a JSON object."));
        }
        const auto top = reader.object(document.object(), QString(),
            {QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("title"),
                QStringLiteral("summary"), QStringLiteral("waiting"), QStringLiteral("prepare"),
                QStringLiteral("paths"), QStringLiteral("reEnrol"), QStringLiteral("prevent")},
            {QStringLiteral("recoveryPage"), QStringLiteral("resync")});
        if (!top) {
            return top.error();
        }
        const QJsonValue schema = top->value(QStringLiteral("schema"));
        if (!schema.isDouble() || schema.toDouble() != SchemaVersion) {
            return reader.error(QStringLiteral("schema"),
                QStringLiteral("must be %1 (this version of Tessera reads schema %1).").arg(SchemaVersion));
        }

        Playbook playbook;
        auto id = reader.identifier(*top, QStringLiteral("id"), QString());
        if (!id) {
            return id.error();
        }
        if (*id + QStringLiteral(".json") != QFileInfo(fileName).fileName()) {
            return reader.error(QStringLiteral("id"), QStringLiteral("\"%1\" must match the file name.").arg(*id));
        }
        playbook.m_id = *id;
        for (const auto& [key, member] : {std::pair{QStringLiteral("provider"), &playbook.m_provider},
                 std::pair{QStringLiteral("title"), &playbook.m_title},
                 std::pair{QStringLiteral("summary"), &playbook.m_summary}}) {
            auto text = reader.text(*top, key, QString());
            if (!text) {
                return text.error();
            }
            *member = *text;
        }
        if (top->contains(QStringLiteral("recoveryPage"))) {
            const QJsonValue page = top->value(QStringLiteral("recoveryPage"));
            const QUrl url(page.toString(), QUrl::StrictMode);
            if (!page.isString() || !url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
                return reader.error(QStringLiteral("recoveryPage"), QStringLiteral("must be an https URL."));
            }
            playbook.m_recoveryPage = url;
        }
        auto waiting = reader.item(top->value(QStringLiteral("waiting")), QStringLiteral("waiting"));
        if (!waiting) {
            return waiting.error();
        }
        playbook.m_waiting = *waiting;

        const QJsonValue prepare = top->value(QStringLiteral("prepare"));
        if (!prepare.isArray() || prepare.toArray().isEmpty()) {
            return reader.error(QStringLiteral("prepare"), QStringLiteral("must be a non-empty array."));
        }
        const QJsonArray prepareArray = prepare.toArray();
        for (qsizetype i = 0; i < prepareArray.size(); ++i) {
            auto item = reader.item(prepareArray.at(i), Reader::at(QStringLiteral("prepare"), i));
            if (!item) {
                return item.error();
            }
            playbook.m_prepare.append(*item);
        }

        if (top->contains(QStringLiteral("resync"))) {
            auto resync = reader.resync(top->value(QStringLiteral("resync")), QStringLiteral("resync"));
            if (!resync) {
                return resync.error();
            }
            playbook.m_resync = *resync;
        }

        const QJsonValue paths = top->value(QStringLiteral("paths"));
        if (!paths.isArray() || paths.toArray().isEmpty()) {
            return reader.error(QStringLiteral("paths"), QStringLiteral("must be a non-empty array."));
        }
        const QJsonArray pathArray = paths.toArray();
        for (qsizetype i = 0; i < pathArray.size(); ++i) {
            auto path = reader.path(pathArray.at(i), Reader::at(QStringLiteral("paths"), i));
            if (!path) {
                return path.error();
            }
            if (playbook.path(path->id) != nullptr) {
                return reader.error(Reader::at(Reader::at(QStringLiteral("paths"), i), QStringLiteral("id")),
                    QStringLiteral("\"%1\" is used twice.").arg(path->id));
            }
            playbook.m_paths.append(*path);
        }
        // Failure options that switch paths must name another path of this playbook.
        for (qsizetype p = 0; p < playbook.m_paths.size(); ++p) {
            const Path& path = playbook.m_paths.at(p);
            for (qsizetype s = 0; s < path.steps.size(); ++s) {
                const Step& step = path.steps.at(s);
                for (qsizetype f = 0; f < step.failures.size(); ++f) {
                    const Failure& failure = step.failures.at(f);
                    for (qsizetype o = 0; o < failure.options.size(); ++o) {
                        const Option& option = failure.options.at(o);
                        if (option.then == Then::Path
                            && (playbook.path(option.path) == nullptr || option.path == path.id)) {
                            return reader.error(QStringLiteral("paths[%1].steps[%2].failures[%3].options[%4].path")
                                                    .arg(p)
                                                    .arg(s)
                                                    .arg(f)
                                                    .arg(o),
                                QStringLiteral("\"%1\" is not another path of this playbook.").arg(option.path));
                        }
                    }
                }
            }
        }

        auto reEnrol = reader.steps(*top, QStringLiteral("reEnrol"), QString(), true, false);
        if (!reEnrol) {
            return reEnrol.error();
        }
        playbook.m_reEnrol = *reEnrol;
        auto prevent = reader.steps(*top, QStringLiteral("prevent"), QString(), true, false);
        if (!prevent) {
            return prevent.error();
        }
        playbook.m_prevent = *prevent;
        return playbook;
    }

    QStringList Playbook::bundledIds()
    {
        initPlaybookResources();
        QStringList ids;
        const QStringList files
            = QDir(ResourceDirectory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            ids.append(QFileInfo(file).completeBaseName());
        }
        return ids;
    }

    Result<Playbook> Playbook::load(const QString& id)
    {
        initPlaybookResources();
        const QString fileName = id + QStringLiteral(".json");
        QFile file(QDir(ResourceDirectory).filePath(fileName));
        if (!bundledIds().contains(id) || !file.open(QIODevice::ReadOnly)) {
            return Error(Error::Kind::NotFound, tr("There is no recovery playbook \"%1\".").arg(id));
        }
        return parse(file.readAll(), fileName);
    }

    Result<QList<Playbook>> Playbook::loadAll()
    {
        QList<Playbook> playbooks;
        QStringList errors;
        const QStringList ids = bundledIds();
        if (ids.isEmpty()) {
            return Error(Error::Kind::NotFound, tr("No recovery playbooks are built into Tessera."));
        }
        for (const QString& id : ids) {
            auto playbook = load(id);
            if (playbook) {
                playbooks.append(*playbook);
            } else {
                errors.append(playbook.error().message());
            }
        }
        if (!errors.isEmpty()) {
            return Error(Error::Kind::Corrupt, errors.join(QLatin1Char('\n')));
        }
        return playbooks;
    }
}
