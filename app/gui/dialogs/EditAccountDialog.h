#pragma once

#include "Account.h"
#include "Clock.h"

#include <QDate>
#include <QDialog>
#include <QUuid>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tessera
{
    class Vault;
}

namespace tessera::gui
{
    class Clipboard;
    class InlineMessage;
    class PhoneNumberEditor;
    class RecoveryCodesEditor;

    /// Edits what Tessera keeps about an account, in three tabs:
    ///  - Account: issuer, account name, favourite, tags (comma-separated), note, and a read-only
    ///    summary of the OTP parameters (a new seed means a new account);
    ///  - Recovery: email, phone (checked as typed: E.164 form, missing '+' flagged, "not valid"
    ///    overridable, country picker), the date it was last checked against the provider's records
    ///    ("I Checked It Today"), the second factor registered, the recovery page and notes;
    ///  - Recovery Codes: a pasted block, one code per line; each code with a "used" box and a
    ///    copy button. Copying puts the code on the clipboard (Clipboard: secret, cleared later) and
    ///    saves it as used right away, since the code is spent even if the dialog is cancelled.
    /// "Save" writes only the fields the user changed, through Vault::modify(), so changes made
    /// meanwhile by another process (tessera-cli, another window) are kept.
    class EditAccountDialog : public QDialog
    {
        Q_OBJECT

    public:
        /// Reads the account `id` from the vault. When it cannot be read the dialog says why and
        /// offers only Cancel.
        EditAccountDialog(Vault& vault, const QUuid& id, Clipboard& clipboard, QWidget* parent = nullptr);

        /// The clock for "I checked it today" and for the time a code was used (tests: a fixed one).
        void setClock(const Clock& clock);

        [[nodiscard]] bool isLoaded() const { return m_original.has_value(); }
        [[nodiscard]] const QUuid& accountId() const { return m_id; }

    public slots:
        /// Saves the changes; closes only when that worked.
        void accept() override;

    signals:
        void accountSaved(const QUuid& id);

    private:
        QWidget* createAccountTab();
        QWidget* createRecoveryTab();
        QWidget* createCodesTab();
        void load(const Account& account);
        void phoneEdited();
        void checkedToday();
        void showCheckedOn();
        void validate();
        void copyRecoveryCode(const QString& code);
        [[nodiscard]] QStringList tags() const;
        [[nodiscard]] QDateTime now() const;
        [[nodiscard]] static QString summaryOf(const OtpParameters& parameters);

        Vault& m_vault;
        QUuid m_id;
        Clipboard& m_clipboard;
        Clock m_clock;
        /// The account as loaded (plus codes marked used since): what "changed" is measured against.
        std::optional<Account> m_original;
        QDate m_phoneCheckedOn;

        QTabWidget* m_tabs;
        QLineEdit* m_issuer;
        QLineEdit* m_accountName;
        QCheckBox* m_favorite;
        QLineEdit* m_tags;
        QPlainTextEdit* m_note;
        QLabel* m_parameters;
        QLineEdit* m_email;
        InlineMessage* m_emailStatus;
        PhoneNumberEditor* m_phone;
        QLabel* m_checkedOn;
        QPushButton* m_checkedToday;
        QComboBox* m_secondFactor;
        QLineEdit* m_recoveryUrl;
        InlineMessage* m_urlStatus;
        QPlainTextEdit* m_recoveryNote;
        RecoveryCodesEditor* m_codes;
        InlineMessage* m_codesStatus;
        InlineMessage* m_error;
        QDialogButtonBox* m_buttons;
        QPushButton* m_save;
    };
}
