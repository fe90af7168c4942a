// Regressions of the fuzzing work (issue 9): readers must do a bounded, linear amount of work on any file up to
// Format::MaxFileBytes. The fuzz targets run on inputs of at most 64 KiB, where a quadratic loop still looks fast,
// so the readers' loops were also timed on large generated files (through the fuzz targets). A tag was checked
// against every tag already added (QList::contains) once per tag: an Aegis entry listing 100,000 groups took
// 161 s under ASan and a Stratum secret linked to 100,000 categories 142 s (about 3 s each now, mostly JSON
// parsing). Ente's links are limited to OtpUri::MaxLength, so there it cost a constant factor (about 5x per
// line), fixed the same way. GoogleMigrationTest's ManyCodesAreCollectedInLinearTimeWithBoundedWarnings is the
// same kind of regression. The inputs are written as text: building them as QJsonArrays costs more than reading.
#include "AegisFormat.h"
#include "EnteFormat.h"
#include "OtpUri.h"
#include "StratumFormat.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    /// Generous: each of these runs in about a second under ASan now, and took minutes before.
    constexpr qint64 BoundMs = 20'000;

    QString uuid(int i)
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    }
}

TEST(BoundedWork, AegisEntryWithAHundredThousandGroups)
{
    constexpr int Groups = 100'000;
    QByteArray groups;
    QByteArray references;
    for (int i = 0; i < Groups; ++i) {
        const QByteArray id = uuid(i).toLatin1();
        groups
            += QByteArray(i == 0 ? "" : ",") + R"({"uuid":")" + id + R"(","name":")" + QByteArray::number(i) + R"("})";
        // Every group, and some again in another case: each is read once.
        references += QByteArray(i == 0 ? "\"" : ",\"") + id + "\",\"" + uuid(i / 2).toUpper().toLatin1() + '"';
    }
    const QByteArray file
        = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[)"
          R"({"type":"totp","name":"alice","info":{"secret":"MFRGGZDFMZTWQ2LK"},"group":"7","groups":[)"
        + references + R"(]}],"groups":[)" + groups + "]}}";

    QElapsedTimer timer;
    timer.start();
    auto result = AegisFormat().read(file, std::nullopt);
    EXPECT_LT(timer.elapsed(), BoundMs);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    ASSERT_EQ(result->accounts.size(), 1);
    const QStringList& tags = result->accounts.first().tags;
    ASSERT_EQ(tags.size(), Groups); // the legacy "group" names one already read
    EXPECT_EQ(tags.first(), u"0");
    EXPECT_EQ(tags[1], u"1");
    EXPECT_EQ(tags.last(), QString::number(Groups - 1));
}

TEST(BoundedWork, StratumSecretInAHundredThousandCategories)
{
    constexpr int Categories = 100'000;
    QByteArray categories;
    QByteArray links;
    for (int i = 0; i < Categories; ++i) {
        const QByteArray id = QByteArray::number(i);
        categories += QByteArray(i == 0 ? "" : ",") + R"({"Id":")" + id + R"(","Name":"c)" + id + R"("})";
        for (const int linked : {i, i / 3}) { // every category once, some again
            links += QByteArray(links.isEmpty() ? "" : ",") + R"({"CategoryId":")" + QByteArray::number(linked)
                + R"(","AuthenticatorSecret":"MFRGGZDFMZTWQ2LK"})";
        }
    }
    const QByteArray file = R"({"Authenticators":[{"Type":2,"Issuer":"Forge","Secret":"MFRGGZDFMZTWQ2LK"}],)"
                            R"("Categories":[)"
        + categories + R"(],"AuthenticatorCategories":[)" + links + "]}";

    QElapsedTimer timer;
    timer.start();
    auto result = StratumFormat().read(file, std::nullopt);
    EXPECT_LT(timer.elapsed(), BoundMs);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    ASSERT_EQ(result->accounts.size(), 1);
    const QStringList& tags = result->accounts.first().tags;
    ASSERT_EQ(tags.size(), Categories);
    EXPECT_EQ(tags.first(), u"c0");
    EXPECT_EQ(tags.last(), QStringLiteral("c%1").arg(Categories - 1));
}

TEST(BoundedWork, EnteLinesFullOfTags)
{
    // As many tags as fit in one link (OtpUri::MaxLength): 4000 distinct ones, then repeats.
    const auto link = [](int count) -> QByteArray { // not a QStringBuilder of a temporary
        QByteArray json = R"({"pinned":true,"tags":[)";
        for (int i = 0; i < count; ++i) {
            json += QByteArray(i == 0 ? "\"" : ",\"") + QByteArray::number(i % 4000) + '"';
        }
        json += "]}";
        return "otpauth://totp/Forge:bob?secret=MFRGGZDFMZTWQ2LK&codeDisplay=" + json.toPercentEncoding();
    };
    int count = 6000;
    QByteArray line = link(count);
    while (line.size() > OtpUri::MaxLength) {
        count -= 100;
        line = link(count);
    }
    ASSERT_GT(count, 4000);
    QByteArray file;
    for (int i = 0; i < 20; ++i) {
        file += line + '\n';
    }

    QElapsedTimer timer;
    timer.start();
    auto result = EnteFormat().read(file, std::nullopt);
    EXPECT_LT(timer.elapsed(), BoundMs);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    ASSERT_EQ(result->accounts.size(), 20);
    const Account& account = result->accounts.first();
    EXPECT_TRUE(account.favorite);
    ASSERT_EQ(account.tags.size(), 4000);
    EXPECT_EQ(account.tags.first(), u"0");
    EXPECT_EQ(account.tags.last(), u"3999");
}
