#include "qr/PayloadRouter.h"
#include "QrGuiTestData.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using tessera::OtpUri;
using tessera::QrPayload;
using tessera::gui::PayloadRouter;
using tessera::test::QrGuiTestData;

namespace
{
    const QString Migration = QStringLiteral("otpauth-migration://offline?data=CjMKCkhlbGxvId6tvu8SGFRlc3QxOnRlc3Qx"
                                             "QGV4YW1wbGUxLmNvbRoFVGVzdDEgASgBMAIQARgBIAAojeitgQQ%3D");

    struct Spies
    {
        explicit Spies(PayloadRouter& router)
            : import(&router, &PayloadRouter::importRequested)
            , other(&router, &PayloadRouter::notAuthenticatorCode)
            , problem(&router, &PayloadRouter::problem)
        {
            QObject::connect(
                &router, &PayloadRouter::addAccountRequested, &router, [this](const OtpUri& uri) { add.append(uri); });
        }
        QList<OtpUri> add;
        QSignalSpy import;
        QSignalSpy other;
        QSignalSpy problem;
    };
}

TEST(PayloadRouter, OtpauthOpensTheAddDialogWithTheParsedUri)
{
    PayloadRouter router;
    Spies spies(router);
    router.route({QrPayload(QrGuiTestData::uri())});
    ASSERT_EQ(spies.add.count(), 1);
    const auto uri = spies.add.first();
    EXPECT_EQ(uri.issuer(), QStringLiteral("ACME"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("alice@example.com"));
    EXPECT_EQ(uri, *OtpUri::parse(QrGuiTestData::uri()));
    EXPECT_EQ(spies.import.count() + spies.other.count() + spies.problem.count(), 0);
}

TEST(PayloadRouter, SeveralOtpauthCodesOpenOneDialogEachInReadingOrder)
{
    PayloadRouter router;
    Spies spies(router);
    const QString second = QStringLiteral("otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&issuer=Bank");
    router.route({QrPayload(QrGuiTestData::uri()), QrPayload(second)});
    ASSERT_EQ(spies.add.count(), 2);
    EXPECT_EQ(spies.add.at(1).issuer(), QStringLiteral("Bank"));
}

TEST(PayloadRouter, MigrationCodesGoToTheImportFlowTogether)
{
    PayloadRouter router;
    Spies spies(router);
    router.route({QrPayload(Migration), QrPayload(QStringLiteral("https://example.com")), QrPayload(Migration + u'2')});
    ASSERT_EQ(spies.import.count(), 1);
    EXPECT_EQ(spies.import.first().first().toStringList(), (QStringList{Migration, Migration + u'2'}));
    EXPECT_EQ(spies.add.count() + spies.other.count() + spies.problem.count(), 0);
}

TEST(PayloadRouter, AnythingElseIsShownAndNothingIsAdded)
{
    PayloadRouter router;
    Spies spies(router);
    router.routeText(QStringLiteral("https://example.com/menu"));
    ASSERT_EQ(spies.other.count(), 1);
    EXPECT_EQ(spies.other.first().at(0).toString(), QStringLiteral("https://example.com/menu"));
    const QString message = spies.other.first().at(1).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("not an authenticator code"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("https://example.com/menu")));
    EXPECT_EQ(spies.add.count() + spies.import.count() + spies.problem.count(), 0);
}

TEST(PayloadRouter, UnreadableOtpauthAndNoCodeAreProblems)
{
    PayloadRouter router;
    Spies spies(router);
    router.routeText(QStringLiteral("otpauth://totp/ACME:alice?secret=not*base32"));
    ASSERT_EQ(spies.problem.count(), 1);
    EXPECT_TRUE(spies.problem.first().first().toString().contains(QStringLiteral("cannot be read")));
    router.route({}, QStringLiteral("shot.png"));
    ASSERT_EQ(spies.problem.count(), 2);
    EXPECT_EQ(spies.problem.at(1).first().toString(), QStringLiteral("No QR code was found in shot.png."));
    EXPECT_EQ(spies.add.count() + spies.import.count() + spies.other.count(), 0);
}
