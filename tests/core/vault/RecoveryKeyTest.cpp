#include "RecoveryKey.h"
#include "VaultTestSupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::SeededRandom;

TEST(RecoveryKey, IsFourteenGroupsOfFourWithAChecksumGroup)
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$")).match(text).hasMatch())
        << text.toStdString();
    EXPECT_EQ(key.bytes().size(), 32u);
    auto parsed = RecoveryKey::parse(text);
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->bytes().equals(key.bytes()));
}

TEST(RecoveryKey, AcceptsCaseSpacesLineBreaksAndLookAlikeDigits)
{
    SeededRandom random(3);
    const RecoveryKey key = RecoveryKey::generate(random);
    QString text = key.toString().toLower();
    text.replace(QLatin1Char('-'), QStringLiteral("  "));
    text.insert(20, QLatin1Char('\n'));
    text.replace(QLatin1Char('o'), QLatin1Char('0'));
    text.replace(QLatin1Char('i'), QLatin1Char('1'));
    text.replace(QLatin1Char('b'), QLatin1Char('8'));
    auto parsed = RecoveryKey::parse(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message().toStdString();
    EXPECT_TRUE(parsed->bytes().equals(key.bytes()));
}

TEST(RecoveryKey, EveryOneCharacterTypoIsCaught)
{
    SeededRandom random(11);
    const RecoveryKey key = RecoveryKey::generate(random);
    const QString text = key.toString();
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    int checked = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('-')) {
            continue;
        }
        for (const QChar replacement : alphabet) {
            if (replacement == text.at(i)) {
                continue;
            }
            QString typo = text;
            typo[i] = replacement;
            auto parsed = RecoveryKey::parse(typo);
            ASSERT_FALSE(parsed.ok()) << typo.toStdString();
            EXPECT_EQ(parsed.error().kind(), Error::Kind::WrongPassword);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 56 * 31);
}

TEST(RecoveryKey, WrongLengthAndForeignCharactersSayWhatIsWrong)
{
    const QString text = RecoveryKey::generate().toString();
    auto shortKey = RecoveryKey::parse(text.left(text.size() - 5));
    ASSERT_FALSE(shortKey.ok());
    EXPECT_TRUE(shortKey.error().message().contains(QStringLiteral("52 characters instead of 56")));
    auto foreign = RecoveryKey::parse(QString(text.left(10) + QStringLiteral("!") + text.mid(11)));
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().message().contains(QStringLiteral("'!'")));
    EXPECT_FALSE(RecoveryKey::parse(QString()).ok());
}
