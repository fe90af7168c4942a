#pragma once

#include "AppFixture.h"

#include "Account.h"
#include "MainWindow.h"
#include "app/DialogLauncher.h"
#include "dialogs/FileChooser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace tessera
{
    class Vault;
}

namespace tessera::gui::test
{
    /// The running app for import and export flows, with helpers that answer the modal questions a
    /// user would: the file chooser (through FileChooser's answerer) and message boxes.
    class TransferFlowFixture : public AppFixture
    {
    protected:
        static const QString FixturePassword;

        void SetUp() override;
        void TearDown() override;

        MainWindow& window() const { return app().mainWindow(); }
        Vault& vault() const;

        /// Makes the vault, starts the app and unlocks it.
        void startUnlocked();
        /// Adds a ready-made account to the running app's vault.
        QUuid addAccount(Account account);
        using AppFixture::addAccount;

        /// Clicks a radio button on its indicator (a full-width button takes clicks on its text only).
        static void choose(QAbstractButton* button);
        /// The next file or folder the app asks for is `path`, as if chosen in the dialog.
        void answerFileDialog(const QString& path);
        /// The next message box is answered with the button of this text (without '&'); its text,
        /// informative text and the number of boxes answered are kept.
        void answerMessageBox(const QString& buttonText);
        /// The dialog the launcher (or the importer) shows now, once it is of type Dialog.
        template <typename Dialog> Dialog* waitForDialog()
        {
            Dialog* found = nullptr;
            waitFor([&] {
                found = qobject_cast<Dialog*>(QApplication::activeModalWidget());
                if (found == nullptr) {
                    found = qobject_cast<Dialog*>(window().dialogs()->current());
                }
                return found != nullptr && found->isVisible();
            });
            return found;
        }

        /// A transfer fixture from tests/data/transfer.
        static QString fixture(const QString& name);
        static QByteArray readFile(const QString& path);
        /// Whether the file is readable and writable by its owner only (0600).
        static bool isOwnerOnly(const QString& path);

        /// What the app asked for, in order (caption, start, filter), for the questions answered so far.
        std::vector<FileChooser::Request> fileRequests;
        QString messageBoxText;
        QString messageBoxInformation;
        int messageBoxes = 0;

    private:
        /// Owns the answering timers: none outlives the test that set it.
        std::unique_ptr<QObject> m_answers;
        std::deque<QString> m_fileAnswers;
        std::function<void()> messageAnswerer(const QString& buttonText, int attempts);
    };
}
