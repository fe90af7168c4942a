#pragma once

#include "Clock.h"
#include "OtpParameters.h"
#include "Result.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace tessera
{
    class OtpUri;
    class Vault;
}

namespace tessera::gui
{
    class InlineMessage;
    class ScrollablePage;

    /// Adds an account by typing or from an otpauth:// link. The secret is checked as it is typed
    /// and the exact problem shows under it ("Character '1' at position 5 is not valid base32 …");
    /// "Add" stays disabled until the fields describe a valid account. An "Advanced" section
    /// (hidden until asked for, or opened when a link brings unusual settings) has the type
    /// (TOTP, HOTP, Steam), algorithm, digits, period and counter. Pasting a link into the link
    /// field (or setUri()) fills the fields for the user to check. Once valid, the current code is
    /// previewed so it can be compared with the provider. An account with the same issuer and name
    /// gives a warning, not a refusal. "Add" saves with Vault::add(); a failure is shown in the
    /// dialog, which stays open.
    class AddAccountDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit AddAccountDialog(Vault& vault, QWidget* parent = nullptr);
        ~AddAccountDialog() override;

        /// Fills every field from a Key URI (e.g. `tessera otpauth://…`) for the user to confirm.
        void setUri(const OtpUri& uri);
        /// The clock for the code preview (the application's, with its offset; tests: a fixed one).
        void setClock(const Clock& clock);

        /// The parameters the fields describe, or the reason they do not form valid ones.
        [[nodiscard]] Result<OtpParameters> parameters() const;
        /// The id of the account added, after the dialog was accepted.
        [[nodiscard]] QUuid addedId() const { return m_addedId; }

    public slots:
        /// Adds the account; closes only when that worked.
        void accept() override;

    signals:
        void accountAdded(const QUuid& id);

    private:
        void linkEdited(const QString& text);
        void typeChanged();
        void setAdvancedVisible(bool visible);
        void validate();
        void updatePreview();
        void checkDuplicate();
        void wipeFields();
        [[nodiscard]] OtpType selectedType() const;

        Vault& m_vault;
        Clock m_clock;
        QUuid m_addedId;
        bool m_filling = false;

        QLineEdit* m_link;
        InlineMessage* m_linkStatus;
        QLineEdit* m_issuer;
        QLineEdit* m_account;
        QLineEdit* m_secret;
        InlineMessage* m_secretStatus;
        QToolButton* m_advancedToggle;
        QWidget* m_advanced;
        QComboBox* m_type;
        QComboBox* m_algorithm;
        QComboBox* m_digits;
        QSpinBox* m_period;
        QLineEdit* m_counter;
        InlineMessage* m_typeNote;
        QLabel* m_preview;
        InlineMessage* m_nameStatus;
        InlineMessage* m_error;
        QDialogButtonBox* m_buttons;
        QPushButton* m_add;
        QTimer* m_previewTimer;
        ScrollablePage* m_page = nullptr;
    };
}
