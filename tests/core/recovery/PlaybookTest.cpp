#include "Playbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>

using tessera::Playbook;

namespace tessera
{
    extern const char* const PlaybookStrings[]; // generated from the playbooks at build time
}

namespace
{
    /// Every provider page peers-and-recovery.md cites for the recovery flows ([AWS1]..[APL2]).
    const QStringList ResearchSources{
        QStringLiteral("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html"),
        QStringLiteral("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html"),
        QStringLiteral("https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html"),
        QStringLiteral("https://repost.aws/knowledge-center/reset-mfa-device"),
        QStringLiteral("https://docs.aws.amazon.com/accounts/latest/APIReference/API_ContactInformation.html"),
        QStringLiteral("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_disable.html"),
        QStringLiteral("https://support.google.com/accounts/answer/185834"),
        QStringLiteral("https://support.google.com/accounts/answer/9412469"),
        QStringLiteral("https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-"
                       "2fa/recovering-your-account-if-you-lose-your-2fa-credentials"),
        QStringLiteral("https://windows.microsoft.com/en-in/windows-8/delete-security-info"),
        QStringLiteral("https://learn.microsoft.com/en-us/answers/questions/5804659"),
        QStringLiteral("https://learn.microsoft.com/en-us/answers/questions/5900929"),
        QStringLiteral("https://support.microsoft.com/en-us/account-billing/"
                       "microsoft-account-recovery-code-2acc2f88-e37b-4b44-99d4-b4419f610013"),
        QStringLiteral("https://support.apple.com/en-us/118574"),
        QStringLiteral("https://support.apple.com/en-us/HT204921"),
        QStringLiteral("https://support.apple.com/en-us/109345"),
        QStringLiteral("https://support.apple.com/en-us/102641"),
    };

    QList<Playbook> bundled()
    {
        auto all = Playbook::loadAll();
        EXPECT_TRUE(all.ok()) << (all.ok() ? std::string() : all.error().message().toStdString());
        return all.ok() ? std::move(all).value() : QList<Playbook>();
    }

    /// Calls `visit` with every translatable string of a playbook.
    void forEachString(const Playbook& playbook, const std::function<void(const QString&)>& visit)
    {
        const auto steps = [&visit](const QList<Playbook::Step>& list) {
            for (const Playbook::Step& step : list) {
                visit(step.text);
                for (const Playbook::Failure& failure : step.failures) {
                    visit(failure.symptom);
                    visit(failure.cause);
                    for (const Playbook::Option& option : failure.options) {
                        visit(option.text);
                    }
                }
            }
        };
        visit(playbook.provider());
        visit(playbook.title());
        visit(playbook.summary());
        visit(playbook.waiting().text);
        for (const Playbook::Item& item : playbook.prepare()) {
            visit(item.text);
        }
        if (playbook.resync()) {
            visit(playbook.resync()->text);
        }
        for (const Playbook::Path& path : playbook.paths()) {
            visit(path.title);
            if (path.waiting) {
                visit(path.waiting->text);
            }
            steps(path.steps);
        }
        steps(playbook.reEnrol());
        steps(playbook.prevent());
    }

    /// A small valid playbook to break in one place at a time.
    QJsonObject minimal()
    {
        const QJsonArray sources{QStringLiteral("https://example.org/help")};
        const auto item = [&sources](const QString& text) {
            return QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("sources"), sources},
                {QStringLiteral("checked"), QStringLiteral("2026-11-27")}};
        };
        QJsonObject step = item(QStringLiteral("Do it."));
        step.insert(QStringLiteral("id"), QStringLiteral("do-it"));
        step.insert(QStringLiteral("factors"), QJsonArray{QStringLiteral("email")});
        QJsonObject option = item(QStringLiteral("Try the other way."));
        option.insert(QStringLiteral("id"), QStringLiteral("other"));
        option.insert(QStringLiteral("then"), QStringLiteral("path"));
        option.insert(QStringLiteral("path"), QStringLiteral("second"));
        QJsonObject failure{{QStringLiteral("id"), QStringLiteral("it-failed")},
            {QStringLiteral("symptom"), QStringLiteral("It failed")},
            {QStringLiteral("cause"), QStringLiteral("Bad luck.")}, {QStringLiteral("options"), QJsonArray{option}},
            {QStringLiteral("sources"), sources}, {QStringLiteral("checked"), QStringLiteral("2026-11-27")}};
        step.insert(QStringLiteral("failures"), QJsonArray{failure});
        QJsonObject second = item(QStringLiteral("Ask support."));
        second.insert(QStringLiteral("id"), QStringLiteral("ask"));
        return QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("id"), QStringLiteral("test")},
            {QStringLiteral("provider"), QStringLiteral("Example")},
            {QStringLiteral("title"), QStringLiteral("Example")},
            {QStringLiteral("summary"), QStringLiteral("A test.")},
            {QStringLiteral("recoveryPage"), QStringLiteral("https://example.org/recover")},
            {QStringLiteral("waiting"), item(QStringLiteral("A day."))},
            {QStringLiteral("prepare"), QJsonArray{item(QStringLiteral("Your email."))}},
            {QStringLiteral("paths"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("first")},
                               {QStringLiteral("title"), QStringLiteral("First")},
                               {QStringLiteral("steps"), QJsonArray{step}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("second")},
                        {QStringLiteral("title"), QStringLiteral("Second")},
                        {QStringLiteral("steps"), QJsonArray{second}}}}},
            {QStringLiteral("reEnrol"), QJsonArray{}}, {QStringLiteral("prevent"), QJsonArray{}}};
    }

    QString errorFor(const QJsonObject& json, const QString& fileName = QStringLiteral("test.json"))
    {
        const auto result = Playbook::parse(QJsonDocument(json).toJson(), fileName);
        EXPECT_FALSE(result.ok());
        return result.ok() ? QString() : result.error().message();
    }

    /// Sets a value deep inside a JSON object: path like {"paths", 0, "steps", 0, "id"}.
    QJsonValue setAt(const QJsonValue& node, QList<QVariant> path, const QJsonValue& value)
    {
        if (path.isEmpty()) {
            return value;
        }
        const QVariant key = path.takeFirst();
        if (key.typeId() == QMetaType::Int) {
            QJsonArray array = node.toArray();
            array[key.toInt()] = setAt(array.at(key.toInt()), path, value);
            return array;
        }
        QJsonObject object = node.toObject();
        if (path.isEmpty() && value.isUndefined()) {
            object.remove(key.toString());
            return object;
        }
        object[key.toString()] = setAt(object.value(key.toString()), path, value);
        return object;
    }

    QJsonObject with(QList<QVariant> path, const QJsonValue& value)
    {
        return setAt(minimal(), std::move(path), value).toObject();
    }

    /// Prefixes every Playbook string, to show that the loader translates.
    class PrefixTranslator : public QTranslator
    {
    public:
        QString translate(const char* context, const char* source, const char*, int) const override
        {
            if (qstrcmp(context, "Playbook") == 0) {
                return QStringLiteral("XX ") + QString::fromUtf8(source);
            }
            return {};
        }
        [[nodiscard]] bool isEmpty() const override { return false; }
    };
}

TEST(Playbook, EveryBundledPlaybookLoadsWithoutError)
{
    const auto all = Playbook::loadAll();
    ASSERT_TRUE(all.ok()) << all.error().message().toStdString();
    QStringList ids;
    for (const Playbook& playbook : *all) {
        ids.append(playbook.id());
    }
    EXPECT_EQ(ids,
        QStringList({QStringLiteral("apple"), QStringLiteral("aws-iam-user"), QStringLiteral("aws-root"),
            QStringLiteral("generic"), QStringLiteral("github"), QStringLiteral("google"),
            QStringLiteral("microsoft-personal"), QStringLiteral("microsoft-work")}));
    EXPECT_EQ(Playbook::bundledIds(), ids);
}

TEST(Playbook, EveryStepCitesAResearchedSourceAndADate)
{
    for (const Playbook& playbook : bundled()) {
        const QStringList sources = playbook.allSources();
        EXPECT_FALSE(sources.isEmpty()) << playbook.id().toStdString();
        for (const QString& source : sources) {
            EXPECT_TRUE(ResearchSources.contains(source))
                << playbook.id().toStdString() << ": " << source.toStdString();
        }
        const auto checkStep = [&](const Playbook::Step& step) {
            EXPECT_FALSE(step.sources.isEmpty()) << step.id.toStdString();
            EXPECT_TRUE(step.checked.isValid()) << step.id.toStdString();
            EXPECT_LE(step.checked, QDate::currentDate()) << step.id.toStdString();
        };
        for (const Playbook::Path& path : playbook.paths()) {
            EXPECT_FALSE(path.steps.isEmpty());
            for (const Playbook::Step& step : path.steps) {
                checkStep(step);
            }
        }
        for (const Playbook::Step& step : playbook.reEnrol()) {
            checkStep(step);
        }
        for (const Playbook::Step& step : playbook.prevent()) {
            checkStep(step);
        }
        EXPECT_FALSE(playbook.prepare().isEmpty());
        EXPECT_FALSE(playbook.waiting().text.isEmpty());
        if (playbook.id() != u"generic") {
            EXPECT_EQ(playbook.recoveryPage().scheme(), QStringLiteral("https")) << playbook.id().toStdString();
        }
    }
}

TEST(Playbook, AwsRootUserHasThePhoneVerificationBranch)
{
    const auto aws = Playbook::load(QStringLiteral("aws-root"));
    ASSERT_TRUE(aws.ok()) << aws.error().message().toStdString();
    EXPECT_EQ(aws->provider(), QStringLiteral("Amazon Web Services"));
    ASSERT_TRUE(aws->resync().has_value());
    EXPECT_EQ(aws->resync()->consecutiveCodes, 2);
    EXPECT_EQ(aws->factors(),
        QList<Playbook::Factor>({Playbook::Factor::Email, Playbook::Factor::PhoneCall, Playbook::Factor::Administrator,
            Playbook::Factor::SupportRequest}));

    const Playbook::Path* path = aws->path(QStringLiteral("alternative-factors"));
    ASSERT_NE(path, nullptr);
    const Playbook::Step* call = path->step(QStringLiteral("phone-call"));
    ASSERT_NE(call, nullptr);
    const Playbook::Failure* failure = call->failure(QStringLiteral("phone-verification-failed"));
    ASSERT_NE(failure, nullptr);
    EXPECT_EQ(failure->symptom, QStringLiteral("Phone verification could not be completed"));
    EXPECT_TRUE(failure->cause.contains(QStringLiteral("country code")));
    ASSERT_EQ(failure->options.size(), 2);
    EXPECT_EQ(failure->options.at(0).then, Playbook::Then::Retry);
    EXPECT_EQ(failure->options.at(0).factors, QList<Playbook::Factor>{Playbook::Factor::Administrator});
    EXPECT_TRUE(failure->options.at(0).text.contains(QStringLiteral("IAM user")));
    EXPECT_EQ(failure->options.at(1).then, Playbook::Then::Path);
    EXPECT_EQ(failure->options.at(1).path, QStringLiteral("support"));
    EXPECT_NE(aws->path(QStringLiteral("support")), nullptr);

    bool e164Example = false;
    for (const Playbook::Item& item : aws->prepare()) {
        e164Example = e164Example || item.text.contains(QStringLiteral("+447911123456"));
    }
    EXPECT_TRUE(e164Example);
}

TEST(Playbook, TheBundleCoversTheAlternativeFactors)
{
    QSet<Playbook::Factor> used;
    for (const Playbook& playbook : bundled()) {
        for (const Playbook::Factor factor : playbook.factors()) {
            used.insert(factor);
        }
    }
    for (const Playbook::Factor factor : {Playbook::Factor::Email, Playbook::Factor::PhoneCall, Playbook::Factor::Sms,
             Playbook::Factor::RecoveryCodes, Playbook::Factor::TrustedDevice, Playbook::Factor::Administrator}) {
        EXPECT_TRUE(used.contains(factor)) << Playbook::factorKey(factor).toStdString();
    }
}

TEST(Playbook, FactorNamesRoundTrip)
{
    for (const Playbook::Factor factor : {Playbook::Factor::Email, Playbook::Factor::PhoneCall, Playbook::Factor::Sms,
             Playbook::Factor::RecoveryCodes, Playbook::Factor::TrustedDevice, Playbook::Factor::Administrator,
             Playbook::Factor::SecurityKey, Playbook::Factor::OtherMfaDevice, Playbook::Factor::RecoveryContact,
             Playbook::Factor::SshKeyOrToken, Playbook::Factor::SupportRequest}) {
        EXPECT_EQ(Playbook::parseFactor(Playbook::factorKey(factor)), factor);
        EXPECT_FALSE(Playbook::factorLabel(factor).isEmpty());
    }
    EXPECT_FALSE(Playbook::parseFactor(QStringLiteral("carrierPigeon")).has_value());
    EXPECT_EQ(Playbook::factorLabel(Playbook::Factor::PhoneCall), QStringLiteral("Phone call"));
}

TEST(Playbook, GeneratedTranslationSourceHasEveryString)
{
    QSet<QString> generated;
    for (const char* const* text = tessera::PlaybookStrings; *text != nullptr; ++text) {
        generated.insert(QString::fromUtf8(*text));
    }
    int count = 0;
    for (const Playbook& playbook : bundled()) {
        forEachString(playbook, [&](const QString& text) {
            ++count;
            EXPECT_TRUE(generated.contains(text)) << playbook.id().toStdString() << ": " << text.toStdString();
        });
    }
    EXPECT_GT(count, 100);
}

TEST(Playbook, TheLoaderTranslates)
{
    PrefixTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const auto aws = Playbook::load(QStringLiteral("aws-root"));
    const QString label = Playbook::factorLabel(Playbook::Factor::Email);
    QCoreApplication::removeTranslator(&translator);
    ASSERT_TRUE(aws.ok());
    EXPECT_EQ(aws->title(), QStringLiteral("XX AWS root user"));
    EXPECT_TRUE(aws->paths().first().steps.first().text.startsWith(QStringLiteral("XX ")));
    EXPECT_EQ(aws->paths().first().id, QStringLiteral("alternative-factors")); // ids stay as they are
    EXPECT_EQ(label, QStringLiteral("XX Email"));
}

TEST(Playbook, MinimalPlaybookParses)
{
    const auto result = Playbook::parse(QJsonDocument(minimal()).toJson(), QStringLiteral("test.json"));
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(result->paths().size(), 2);
    EXPECT_EQ(result->paths().first().steps.first().failures.first().options.first().then, Playbook::Then::Path);
}

TEST(Playbook, SchemaErrorsNameTheFileAndTheField)
{
    const auto expectError = [](const QJsonObject& json, const QString& field, const QString& what) {
        const QString message = errorFor(json);
        EXPECT_TRUE(message.startsWith(QStringLiteral("Playbook test.json: ") + field + QStringLiteral(": ")))
            << message.toStdString();
        EXPECT_TRUE(message.contains(what)) << message.toStdString();
    };
    using V = QList<QVariant>;
    expectError(with(V{QStringLiteral("colour")}, QStringLiteral("red")), QStringLiteral("colour"),
        QStringLiteral("not a field"));
    expectError(with(V{QStringLiteral("summary")}, QJsonValue::Undefined), QStringLiteral("summary"),
        QStringLiteral("missing"));
    expectError(with(V{QStringLiteral("schema")}, 2), QStringLiteral("schema"), QStringLiteral("must be 1"));
    expectError(
        with(V{QStringLiteral("id")}, QStringLiteral("other")), QStringLiteral("id"), QStringLiteral("file name"));
    expectError(with(V{QStringLiteral("recoveryPage")}, QStringLiteral("http://example.org")),
        QStringLiteral("recoveryPage"), QStringLiteral("https"));
    expectError(with(V{QStringLiteral("title")}, QStringLiteral(" padded")), QStringLiteral("title"),
        QStringLiteral("surrounding spaces"));
    expectError(
        with(V{QStringLiteral("prepare")}, QJsonArray{}), QStringLiteral("prepare"), QStringLiteral("non-empty"));
    expectError(with(V{QStringLiteral("waiting"), QStringLiteral("checked")}, QStringLiteral("27.11.2026")),
        QStringLiteral("waiting.checked"), QStringLiteral("YYYY-MM-DD"));
    expectError(with(V{QStringLiteral("waiting"), QStringLiteral("checked")}, QStringLiteral("2026-02-30")),
        QStringLiteral("waiting.checked"), QStringLiteral("YYYY-MM-DD"));
    expectError(with(V{QStringLiteral("prepare"), 0, QStringLiteral("sources")}, QJsonArray{}),
        QStringLiteral("prepare[0].sources"), QStringLiteral("non-empty"));
    expectError(with(V{QStringLiteral("prepare"), 0, QStringLiteral("sources")}, QJsonArray{QStringLiteral("ftp://x")}),
        QStringLiteral("prepare[0].sources[0]"), QStringLiteral("https"));
    expectError(with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("factors")},
                    QJsonArray{QStringLiteral("carrierPigeon")}),
        QStringLiteral("paths[0].steps[0].factors[0]"), QStringLiteral("must be one of email"));
    expectError(
        with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("id")}, QStringLiteral("Do It")),
        QStringLiteral("paths[0].steps[0].id"), QStringLiteral("identifier"));
    expectError(with(V{QStringLiteral("paths"), 1, QStringLiteral("id")}, QStringLiteral("first")),
        QStringLiteral("paths[1].id"), QStringLiteral("used twice"));
    expectError(with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("failures"), 0,
                         QStringLiteral("options"), 0, QStringLiteral("path")},
                    QStringLiteral("nowhere")),
        QStringLiteral("paths[0].steps[0].failures[0].options[0].path"), QStringLiteral("not another path"));
    expectError(with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("failures"), 0,
                         QStringLiteral("options"), 0, QStringLiteral("then")},
                    QStringLiteral("panic")),
        QStringLiteral("paths[0].steps[0].failures[0].options[0].then"), QStringLiteral("retry, continue"));
    expectError(with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("failures"), 0,
                         QStringLiteral("options"), 0, QStringLiteral("then")},
                    QStringLiteral("retry")),
        QStringLiteral("paths[0].steps[0].failures[0].options[0].path"), QStringLiteral("only allowed"));
    expectError(with(V{QStringLiteral("paths"), 0, QStringLiteral("steps"), 0, QStringLiteral("failures"), 0,
                         QStringLiteral("cause")},
                    QString()),
        QStringLiteral("paths[0].steps[0].failures[0].cause"), QStringLiteral("non-empty string"));
    expectError(
        with(V{QStringLiteral("reEnrol")},
            QJsonArray{
                minimal()[QStringLiteral("paths")].toArray().at(0).toObject()[QStringLiteral("steps")].toArray().at(
                    0)}),
        QStringLiteral("reEnrol[0].failures"), QStringLiteral("not a field"));
    expectError(
        with(V{QStringLiteral("resync")},
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Re-sync.")}, {QStringLiteral("consecutiveCodes"), 5},
                {QStringLiteral("sources"), QJsonArray{QStringLiteral("https://example.org")}},
                {QStringLiteral("checked"), QStringLiteral("2026-11-27")}}),
        QStringLiteral("resync.consecutiveCodes"), QStringLiteral("1 to 3"));

    const auto notJson = Playbook::parse(QByteArray("{ \"schema\": 1,"), QStringLiteral("broken.json"));
    ASSERT_FALSE(notJson.ok());
    EXPECT_TRUE(notJson.error().message().startsWith(QStringLiteral("Playbook broken.json: (top): not valid JSON")));
    EXPECT_EQ(notJson.error().kind(), tessera::Error::Kind::Corrupt);
}

TEST(Playbook, UnknownIdIsNotFound)
{
    const auto result = Playbook::load(QStringLiteral("myspace"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), tessera::Error::Kind::NotFound);
    EXPECT_FALSE(Playbook::load(QStringLiteral("../aws-root")).ok());
}
