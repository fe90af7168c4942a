#include "services/Translations.h"

#include "TestConfig.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace tessera::gui::test
{
    namespace
    {
        const char* const Context = "tessera::gui::WelcomePage";
        const char* const Source = "Welcome to Tessera";

        QString translated()
        {
            return QCoreApplication::translate(Context, Source);
        }

        class TranslationsTest : public ::testing::Test
        {
        protected:
            void SetUp() override
            {
                qputenv("TESSERA_TRANSLATIONS_DIR", QByteArrayLiteral(TESSERA_BINARY_DIR "/translations"));
            }

            void TearDown() override
            {
                for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
                    QCoreApplication::removeTranslator(translator);
                    delete translator;
                }
                QLocale::setDefault(QLocale::c());
                qunsetenv("TESSERA_TRANSLATIONS_DIR");
            }
        };
    }

    TEST_F(TranslationsTest, ThePreferenceWinsWhenTesseraSpeaksIt)
    {
        EXPECT_EQ(Translations::choose(QStringLiteral("fr"), {QStringLiteral("de-DE")}), QStringLiteral("fr"));
        EXPECT_EQ(Translations::choose(QStringLiteral("en"), {QStringLiteral("de-DE")}), QStringLiteral("en"));
    }

    TEST_F(TranslationsTest, OtherwiseTheFirstSystemLanguageTesseraSpeaks)
    {
        EXPECT_EQ(Translations::choose({}, {QStringLiteral("ja-JP"), QStringLiteral("es-MX"), QStringLiteral("de")}),
            QStringLiteral("es"));
        EXPECT_EQ(Translations::choose({}, {QStringLiteral("de_CH.UTF-8")}), QStringLiteral("de"));
        EXPECT_EQ(Translations::choose(QStringLiteral("xx"), {QStringLiteral("fr-CA")}), QStringLiteral("fr"))
            << "an unknown preference (a removed language) falls back to the system";
        EXPECT_EQ(Translations::choose({}, {QStringLiteral("ja-JP")}), QStringLiteral("en"));
        EXPECT_EQ(Translations::choose({}, {}), QStringLiteral("en"));
    }

    TEST_F(TranslationsTest, EveryLanguageLoadsAndTranslates)
    {
        const QStringList languages = Translations::languages();
        ASSERT_EQ(languages.first(), QStringLiteral("en"));
        for (const QString& language : languages.mid(1)) {
            SCOPED_TRACE(language.toStdString());
            ASSERT_TRUE(Translations::install(*QCoreApplication::instance(), language));
            EXPECT_NE(translated(), QLatin1String(Source));
            EXPECT_EQ(QLocale().name().left(2), language) << "numbers and dates follow the language";
            TearDown();
            SetUp();
        }
    }

    TEST_F(TranslationsTest, EnglishBringsItsPluralForms)
    {
        ASSERT_TRUE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        EXPECT_EQ(QCoreApplication::translate("tessera::gui::TrashListModel", "Deleted %n day(s) ago", nullptr, 1),
            QStringLiteral("Deleted 1 day ago"));
        EXPECT_EQ(QCoreApplication::translate("tessera::gui::TrashListModel", "Deleted %n day(s) ago", nullptr, 5),
            QStringLiteral("Deleted 5 days ago"));
        EXPECT_EQ(translated(), QLatin1String(Source));
    }

    TEST_F(TranslationsTest, EnglishNeedsNoFile)
    {
        qputenv("TESSERA_TRANSLATIONS_DIR", QByteArrayLiteral("/nonexistent"));
        EXPECT_TRUE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        EXPECT_EQ(translated(), QLatin1String(Source));
    }

    TEST_F(TranslationsTest, AMissingFileLeavesTheEnglishText)
    {
        qputenv("TESSERA_TRANSLATIONS_DIR", QByteArrayLiteral("/nonexistent"));
        EXPECT_FALSE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")));
        EXPECT_EQ(translated(), QLatin1String(Source));
    }
}
