#pragma once

#include "Clock.h"
#include "ManualTimeSource.h"
#include "OtpParameters.h"
#include "app/VaultHolder.h"

#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace tessera::gui::test
{
    /// An unlocked vault in a temporary folder (cheapest KDF), behind a VaultHolder, with a manual
    /// clock: elapsed time for timers and a Unix clock that moves with it, starting 10 s after a
    /// whole minute.
    class ModelFixture : public ::testing::Test
    {
    protected:
        static const QString Password;
        /// A whole minute (divisible by 60 s), plus 10 s.
        static constexpr qint64 StartUnixMs = 1'700'000'100'000 + 10'000;

        void SetUp() override;
        void TearDown() override;

        QUuid addTotp(const QString& issuer, const QString& name, int period = 30, int digits = 6);
        QUuid addHotp(const QString& issuer, const QString& name, quint64 counter = 0);
        QUuid add(const QString& issuer, const QString& name, OtpParameters parameters);
        [[nodiscard]] Vault& vault() { return holder->vault(); }
        [[nodiscard]] QString expectedCode(const QUuid& id) const;
        [[nodiscard]] qint64 unixSeconds() const { return clock.nowMilliseconds() / 1000; }

        QTemporaryDir directory;
        ManualTimeSource time;
        Clock clock{[this] { return StartUnixMs + time.elapsedMilliseconds() - m_elapsedAtStart; }};
        std::unique_ptr<VaultHolder> holder;

    private:
        qint64 m_elapsedAtStart = time.elapsedMilliseconds();
        int m_secretSeed = 0;
    };
}
