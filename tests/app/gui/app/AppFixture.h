#pragma once

#include "Clock.h"
#include "ManualTimeSource.h"
#include "app/AppController.h"
#include "services/AppSettings.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

class QWidget;

namespace tessera::gui::test
{
    /// The whole application (AppController and its window) on a vault in a temporary folder:
    /// settings in an INI file, elapsed time and timers on a manual clock, the Unix clock moving
    /// with it, the cheapest key derivation for every preset, and no tray or D-Bus.
    class AppFixture : public ::testing::Test
    {
    protected:
        static const QString Password;
        /// A whole minute plus 10 s.
        static constexpr qint64 StartUnixMs = 1'700'000'100'000 + 10'000;

        void SetUp() override;
        void TearDown() override;

        /// Makes a vault at vaultPath() (locked afterwards); returns nothing, fails the test on error.
        void createVault();
        /// Starts the application and shows its window.
        void startApp();
        /// Adds an account to the running application's (unlocked) vault.
        QUuid addAccount(const QString& issuer, const QString& name, const QString& secretBase32);
        /// Types the password into the unlock page and waits for the accounts page.
        void unlock(const QString& password = Password);

        [[nodiscard]] QString vaultPath() const;
        [[nodiscard]] AppController& app() const { return *m_controller; }
        [[nodiscard]] QString clipboardText() const;
        [[nodiscard]] QString currentCode(const QUuid& id) const;

        static void typeInto(QWidget* widget, const QString& text);
        static void click(QWidget* widget);
        /// Processes events until condition holds (key derivations run on a worker thread).
        static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000);

        QTemporaryDir directory;
        ManualTimeSource time;
        Clock clock{[this] { return StartUnixMs + time.elapsedMilliseconds() - m_elapsedAtStart; }};
        std::unique_ptr<QSettings> storage;
        std::unique_ptr<AppSettings> settings;

    private:
        qint64 m_elapsedAtStart = time.elapsedMilliseconds();
        std::unique_ptr<AppController> m_controller;
    };
}
