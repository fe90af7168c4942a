#include "dialogs/PasswordStrength.h"

#include <gtest/gtest.h>

namespace tessera::gui::test
{
    namespace
    {
        using Level = PasswordStrength::Level;

        Level levelOf(const QString& password)
        {
            return PasswordStrength::estimate(password).level();
        }
    }

    TEST(PasswordStrengthTest, AnEmptyPasswordAsksForOne)
    {
        const auto strength = PasswordStrength::estimate(u"");
        EXPECT_EQ(strength.level(), Level::Weak);
        EXPECT_EQ(strength.bits(), 0.0);
        EXPECT_EQ(strength.hint(), QStringLiteral("Enter a password."));
        EXPECT_FALSE(strength.isLongEnough());
    }

    TEST(PasswordStrengthTest, ShortPasswordsAreWeakWhateverTheirCharacters)
    {
        const auto strength = PasswordStrength::estimate(u"Xk9#vQ2");
        EXPECT_EQ(strength.level(), Level::Weak);
        EXPECT_FALSE(strength.isLongEnough());
        EXPECT_TRUE(strength.hint().startsWith(u"Use at least 8 characters"));
        EXPECT_TRUE(PasswordStrength::estimate(u"Xk9#vQ2m").isLongEnough());
    }

    TEST(PasswordStrengthTest, CommonPasswordsAreWeakEvenDressedUp)
    {
        for (const QString& password : {QStringLiteral("password"), QStringLiteral("Password1!"),
                 QStringLiteral("P@ssw0rd2024"), QStringLiteral("iloveyou123"), QStringLiteral("Trustno1trustno1"),
                 QStringLiteral("letmein!!"), QStringLiteral("Football99")}) {
            const auto strength = PasswordStrength::estimate(password);
            EXPECT_EQ(strength.level(), Level::Weak) << password.toStdString() << " " << strength.bits();
            EXPECT_TRUE(strength.hint().contains(u"most common passwords")) << password.toStdString();
        }
    }

    TEST(PasswordStrengthTest, KeyboardAndAlphabetRunsAddAlmostNothing)
    {
        for (const QString& password :
            {QStringLiteral("abcdefghij"), QStringLiteral("1234567890"), QStringLiteral("9876543210"),
                QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl;"), QStringLiteral("zyxwvutsrq")}) {
            const auto strength = PasswordStrength::estimate(password);
            EXPECT_EQ(strength.level(), Level::Weak) << password.toStdString() << " " << strength.bits();
            EXPECT_LT(strength.bits(), 25.0) << password.toStdString();
        }
        EXPECT_TRUE(PasswordStrength::estimate(u"hjklmnopqr").hint().contains(u"qwerty"));
    }

    TEST(PasswordStrengthTest, RepetitionAddsLittle)
    {
        EXPECT_EQ(levelOf(QStringLiteral("aaaaaaaaaaaaaaaa")), Level::Weak);
        EXPECT_EQ(levelOf(QStringLiteral("xq7xq7xq7xq7xq7")), Level::Weak);
        const auto chunk = PasswordStrength::estimate(u"Zebra7Zebra7Zebra7");
        EXPECT_LT(chunk.bits(), PasswordStrength::estimate(u"Zebra7").bits() + 3.0);
        EXPECT_TRUE(PasswordStrength::estimate(u"kkkkkkkkkkkk").hint().contains(u"Repeated"));
    }

    TEST(PasswordStrengthTest, RandomPasswordsRiseWithLengthAndVariety)
    {
        EXPECT_EQ(levelOf(QStringLiteral("xkqmwpzrtv")), Level::Fair);         // 10 random lower-case letters
        EXPECT_EQ(levelOf(QStringLiteral("q7Lw!xR2#vTm")), Level::Good);       // 12 of all kinds
        EXPECT_EQ(levelOf(QStringLiteral("q7Lw!xR2#vTm9&Zd")), Level::Strong); // 16 of all kinds
    }

    TEST(PasswordStrengthTest, WordsCountAsWordsNotAsRandomLetters)
    {
        // Three words are a fair password, not a strong one; more words make it strong.
        EXPECT_EQ(levelOf(QStringLiteral("plum-Orbit-candle")), Level::Fair);
        EXPECT_EQ(levelOf(QStringLiteral("correct horse battery staple")), Level::Strong);
        EXPECT_EQ(levelOf(QStringLiteral("vorpal-quince-tundra-obelisk")), Level::Strong);
        EXPECT_LT(PasswordStrength::estimate(u"candlestick").bits(), PasswordStrength::estimate(u"xkqmwpzrtvb").bits());
    }

    TEST(PasswordStrengthTest, AddingRandomCharactersNeverLowersTheEstimate)
    {
        const QString random = QStringLiteral("G4t!pz8QwmR#2vLk");
        double previous = 0.0;
        for (qsizetype length = 1; length <= random.size(); ++length) {
            const double bits = PasswordStrength::estimate(random.left(length)).bits();
            EXPECT_GE(bits, previous) << length;
            previous = bits;
        }
    }

    TEST(PasswordStrengthTest, HandlesTextBeyondAscii)
    {
        const auto strength = PasswordStrength::estimate(u"Grüße-aus-Köln-😀-2024");
        EXPECT_GE(strength.level(), Level::Good);
        EXPECT_FALSE(strength.hint().isEmpty());
        // Characters outside the BMP count once, not twice.
        EXPECT_FALSE(PasswordStrength::estimate(u"😀😀😀😀").isLongEnough());
    }

    TEST(PasswordStrengthTest, EveryLevelHasAName)
    {
        EXPECT_EQ(PasswordStrength::levelName(Level::Weak), QStringLiteral("Weak"));
        EXPECT_EQ(PasswordStrength::levelName(Level::Fair), QStringLiteral("Fair"));
        EXPECT_EQ(PasswordStrength::levelName(Level::Good), QStringLiteral("Good"));
        EXPECT_EQ(PasswordStrength::levelName(Level::Strong), QStringLiteral("Strong"));
    }
}
