#pragma once

#include "Error.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace tessera::gui
{
    class BackgroundTask;
    class InlineMessage;
    class PasswordEdit;

    /// Asks for the password of an encrypted export or backup and reads the file with it. The other app's
    /// key derivation (scrypt, PBKDF2, Argon2id: up to seconds) runs on the thread pool behind a busy
    /// indicator. A wrong password is said plainly and the user tries again; any other problem ends the
    /// dialog with failed(). Nothing is written anywhere.
    class ImportPasswordDialog : public QDialog
    {
        Q_OBJECT

    public:
        /// `formatId` names the reader FormatDetector picked; `fileName` is shown to the user.
        ImportPasswordDialog(
            QByteArray data, QString formatId, const QString& formatName, const QString& fileName, QWidget* parent);
        ~ImportPasswordDialog() override;

        [[nodiscard]] PasswordEdit* passwordField() const { return m_password; }
        [[nodiscard]] QPushButton* openButton() const { return m_open; }
        [[nodiscard]] InlineMessage* message() const { return m_message; }
        [[nodiscard]] QWidget* busyIndicator() const { return m_busy; }
        [[nodiscard]] bool isBusy() const;

        /// Reads the file with the password typed (what Open does).
        void tryPassword();
        void done(int result) override;

    signals:
        /// The password opened the file; the dialog is accepted.
        void read(const tessera::ImportResult& result);
        /// The file cannot be read whatever the password (damaged, unsupported); the dialog is rejected.
        void failed(const tessera::Error& error);

    private:
        struct Outcome;

        void onFinished();
        void setBusy(bool busy);
        void updateButton();

        QByteArray m_data;
        QString m_formatId;
        BackgroundTask* m_task;
        std::shared_ptr<Outcome> m_outcome;
        PasswordEdit* m_password;
        InlineMessage* m_capsLock;
        InlineMessage* m_message;
        QWidget* m_busy;
        QPushButton* m_open;
    };
}
