#pragma once

#include "ManualTimeSource.h"
#include "RecoveryKey.h"
#include "Vault.h"
#include "services/Clipboard.h"

#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

class QWidget;

namespace tessera::gui::test
{
    /// A fresh vault in a temporary folder (cheapest KDF parameters, so tests stay fast), unlocked,
    /// with the recovery key it was created with, a clipboard on a manual clock, and helpers to
    /// drive widgets from the keyboard and mouse like a user.
    class VaultFixture : public ::testing::Test
    {
    protected:
        static const QString Password;

        void SetUp() override;
        void TearDown() override;

        /// Adds a TOTP account with the secret given in base32; returns its id.
        QUuid addAccount(const QString& issuer, const QString& accountName, const QString& secretBase32);
        [[nodiscard]] Account account(const QUuid& id) const;

        /// Gives `widget` the keyboard focus and types `text` into it.
        static void typeInto(QWidget* widget, const QString& text);
        /// Puts `text` on the clipboard and pastes it into `widget` with the paste shortcut.
        static void pasteInto(QWidget* widget, const QString& text);
        /// Selects everything in a line edit or spin box and types `text` over it.
        static void replaceText(QWidget* widget, const QString& text);
        /// Clicks the middle of a visible, enabled widget with the left mouse button.
        static void click(QWidget* widget);

        /// Finds a child by object name and fails the test when it is missing.
        template <typename T> static T* child(const QObject* parent, const QString& name)
        {
            T* found = parent->findChild<T*>(name);
            EXPECT_NE(found, nullptr) << "no child named " << name.toStdString();
            return found;
        }

        QTemporaryDir directory;
        std::unique_ptr<Vault> vault;
        std::optional<RecoveryKey> recoveryKey;
        ManualTimeSource time;
        std::unique_ptr<Clipboard> clipboard;
    };
}
