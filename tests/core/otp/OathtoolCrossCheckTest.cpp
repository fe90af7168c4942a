#include "OtpGenerator.h"
#include "OtpParameters.h"
#include "ProcessRunner.h"
#include "TestPaths.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    QString oathtoolMode(HashAlgorithm algorithm)
    {
        switch (algorithm) {
        case HashAlgorithm::Sha1:
            return QStringLiteral("sha1");
        case HashAlgorithm::Sha256:
            return QStringLiteral("sha256");
        case HashAlgorithm::Sha512:
            return QStringLiteral("sha512");
        }
        return {};
    }
}

// oathtool is an independent implementation: every random combination must agree with it.
// Its limits decide the space: TOTP with SHA-1/256/512, HOTP with SHA-1 only, 6 to 8 digits.
TEST(OathtoolCrossCheck, ThousandRandomCombinationsAgree)
{
    tessera::test::requireTool(QStringLiteral("oathtool"));
    QRandomGenerator random(0x7e55e7a);
    int compared = 0;
    for (int i = 0; i < 1000; ++i) {
        const bool hotp = random.bounded(5) == 0;
        const auto algorithm = hotp ? HashAlgorithm::Sha1 : static_cast<HashAlgorithm>(random.bounded(3));
        const int digits = random.bounded(6, 9);
        const int period = random.bounded(3) == 0 ? random.bounded(1, 86401) : (random.bounded(2) ? 30 : 60);
        const quint64 counter = random.bounded(2) ? random.bounded(1000) : random.generate64() >> 1;
        const qint64 time = static_cast<qint64>(random.bounded(0x7FFFFFFF)) * (random.bounded(4) == 0 ? 9 : 1);
        QByteArray secret(random.bounded(1, 129), '\0');
        for (auto& byte : secret) {
            byte = static_cast<char>(random.bounded(256));
        }
        const auto parameters
            = OtpParameters::create(hotp ? OtpType::Hotp : OtpType::Totp, secret, algorithm, digits, period, counter)
                  .value();

        QStringList arguments;
        if (hotp) {
            arguments << QStringLiteral("--hotp") << QStringLiteral("--counter=%1").arg(counter);
        } else {
            arguments << QStringLiteral("--totp=%1").arg(oathtoolMode(algorithm))
                      << QStringLiteral("--time-step-size=%1s").arg(period) << QStringLiteral("--now=@%1").arg(time);
        }
        arguments << QStringLiteral("--digits=%1").arg(digits) << QString::fromLatin1(secret.toHex());

        const auto result = tessera::test::runProcess(QStringLiteral("oathtool"), arguments);
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString() << arguments.join(u' ').toStdString();
        const QString expected = QString::fromLatin1(result.out).trimmed();
        EXPECT_EQ(OtpGenerator::code(parameters, time), expected) << arguments.join(u' ').toStdString();
        ++compared;
    }
    EXPECT_EQ(compared, 1000);
}
