#include "ChangePasswordDialog.h"

#include "Credential.h"
#include "InlineMessage.h"
#include "PasswordStrength.h"
#include "PasswordStrengthMeter.h"
#include "Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace tessera::gui
{
    /// What the worker thread needs and gives back. Shared with the worker, so the dialog can go
    /// away while it runs.
    struct ChangePasswordDialog::Work
    {
        QString path;
        PasswordKdf::Parameters parameters;
        std::optional<Credential> current;
        std::optional<Credential> next;
        std::optional<SlotKey> key;
        std::optional<Error> error;
        bool wrongCurrentPassword = false;

        void run()
        {
            // The current password: derive its key, then prove it opens the password slot with a
            // second, short-lived Vault on this thread (it writes nothing).
            {
                auto currentKey = Vault::deriveUnlockKey(path, *current);
                current.reset();
                if (!currentKey) {
                    error = currentKey.error();
                    return;
                }
                VaultOptions options;
                options.purgeExpiredTrashOnUnlock = false;
                Vault checker(path, options);
                if (auto opened = checker.unlock(std::move(currentKey).value()); !opened) {
                    wrongCurrentPassword = opened.error().kind() == Error::Kind::WrongPassword;
                    error = opened.error();
                    return;
                }
                checker.lock();
            }
            auto newKey = Vault::deriveNewKey(*next, parameters);
            next.reset();
            if (!newKey) {
                error = newKey.error();
                return;
            }
            key.emplace(std::move(newKey).value());
        }
    };

    ChangePasswordDialog::ChangePasswordDialog(Vault& vault, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_current(new QLineEdit(this))
        , m_new(new QLineEdit(this))
        , m_repeat(new QLineEdit(this))
        , m_meter(new PasswordStrengthMeter(this))
        , m_check(new InlineMessage(this))
        , m_error(new InlineMessage(this))
        , m_progress(new QProgressBar(this))
        , m_progressLabel(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
        , m_ok(m_buttons->button(QDialogButtonBox::Ok))
    {
        setWindowTitle(tr("Change Password"));

        auto* intro = new QLabel(tr("The new password replaces the current one at once. Your recovery key keeps "
                                    "working."),
            this);
        intro->setWordWrap(true);

        const auto setUp = [](QLineEdit* edit, const QString& name, const QString& description, const QString& object) {
            edit->setObjectName(object);
            edit->setEchoMode(QLineEdit::Password);
            edit->setAccessibleName(name);
            edit->setAccessibleDescription(description);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        };
        setUp(m_current, tr("Current password"), tr("The password you unlock the vault with now."),
            QStringLiteral("currentPassword"));
        setUp(m_new, tr("New password"),
            tr("At least %1 characters. A strength estimate appears below as you type.")
                .arg(PasswordStrength::MinimumLength),
            QStringLiteral("newPassword"));
        setUp(m_repeat, tr("Repeat the new password"), tr("Type the new password again to rule out a typo."),
            QStringLiteral("repeatPassword"));
        m_meter->setObjectName(QStringLiteral("passwordStrength"));
        m_check->setObjectName(QStringLiteral("passwordCheck"));
        m_error->setObjectName(QStringLiteral("passwordError"));

        m_progress->setObjectName(QStringLiteral("passwordBusy"));
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
        m_progress->setAccessibleName(tr("Working"));
        m_progressLabel->setText(tr("Checking the current password and protecting the vault with the new one. "
                                    "This takes a few seconds."));
        m_progressLabel->setWordWrap(true);
        m_progress->setAccessibleDescription(m_progressLabel->text());

        m_ok->setText(tr("C&hange Password"));
        m_ok->setObjectName(QStringLiteral("changePasswordButton"));
        m_ok->setAccessibleDescription(tr("Checks the current password, then sets the new one."));
        m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Keeps the current password."));

        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->addRow(tr("C&urrent password:"), m_current);
        form->addRow(tr("&New password:"), m_new);
        form->addRow(QString(), m_meter);
        form->addRow(tr("&Repeat new password:"), m_repeat);
        form->addRow(QString(), m_check);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(m_progress);
        layout->addWidget(m_progressLabel);
        layout->addWidget(m_error);
        layout->addStretch();
        layout->addWidget(m_buttons);

        connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
        connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
        connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

        setMinimumWidth(fontMetrics().averageCharWidth() * 72);
        setBusy(false);
        updateState();
        m_current->setFocus(Qt::OtherFocusReason);
    }

    ChangePasswordDialog::~ChangePasswordDialog()
    {
        clearFields();
    }

    bool ChangePasswordDialog::isBusy() const
    {
        return m_work != nullptr;
    }

    void ChangePasswordDialog::updateState()
    {
        const QString current = m_current->text();
        const QString next = m_new->text();
        const QString repeat = m_repeat->text();
        m_meter->setPassword(next);
        const PasswordStrength strength = PasswordStrength::estimate(next);

        QString problem;
        if (!next.isEmpty() && !strength.isLongEnough()) {
            problem = tr("Use at least %1 characters.").arg(PasswordStrength::MinimumLength);
        } else if (!next.isEmpty() && next == current) {
            problem = tr("The new password is the same as the current one.");
        } else if (!repeat.isEmpty() && repeat != next) {
            problem = tr("The two new passwords are different. Type the new password again.");
        }
        if (problem.isEmpty()) {
            m_check->clear();
        } else {
            m_check->setMessage(InlineMessage::Severity::Error, problem);
        }
        m_repeat->setAccessibleDescription(
            problem.isEmpty() ? tr("Type the new password again to rule out a typo.") : problem);
        m_ok->setEnabled(
            !isBusy() && problem.isEmpty() && !current.isEmpty() && strength.isLongEnough() && repeat == next);
    }

    void ChangePasswordDialog::setBusy(bool busy)
    {
        m_progress->setVisible(busy);
        m_progressLabel->setVisible(busy);
        m_current->setEnabled(!busy);
        m_new->setEnabled(!busy);
        m_repeat->setEnabled(!busy);
        if (busy) {
            m_ok->setEnabled(false);
        } else {
            updateState();
        }
    }

    void ChangePasswordDialog::accept()
    {
        if (isBusy() || !m_ok->isEnabled()) {
            return;
        }
        if (!m_vault.isUnlocked()) {
            m_error->setMessage(
                InlineMessage::Severity::Error, tr("The vault is locked. Unlock it, then change the password."));
            return;
        }
        m_error->clear();
        auto work = std::make_shared<Work>();
        work->path = m_vault.path();
        work->parameters = m_vault.passwordParameters().value_or(PasswordKdf::preset(PasswordKdf::Preset::Standard));
        work->current.emplace(Credential::password(m_current->text()));
        work->next.emplace(Credential::password(m_new->text()));
        m_work = work;
        setBusy(true);

        auto* watcher = new QFutureWatcher<void>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcher<void>::finished, this, &ChangePasswordDialog::finish);
        watcher->setFuture(QtConcurrent::run([work] { work->run(); }));
    }

    void ChangePasswordDialog::finish()
    {
        std::shared_ptr<Work> work = std::move(m_work);
        m_work.reset();
        if (m_watcher != nullptr) {
            m_watcher->deleteLater();
            m_watcher = nullptr;
        }
        // Dropped when the dialog was closed meanwhile (reject(), or done() when the vault locked).
        if (work == nullptr || !isVisible()) {
            clearFields();
            setBusy(false);
            return;
        }
        if (work->error) {
            setBusy(false);
            if (work->wrongCurrentPassword) {
                m_error->setMessage(InlineMessage::Severity::Error,
                    tr("The current password is not right. Check Caps Lock and the keyboard layout, then try "
                       "again."));
                m_current->selectAll();
                m_current->setFocus(Qt::OtherFocusReason);
            } else {
                m_error->setMessage(InlineMessage::Severity::Error, work->error->message());
            }
            return;
        }
        auto changed = m_vault.changePassword(std::move(*work->key));
        work->key.reset();
        if (!changed) {
            setBusy(false);
            m_error->setMessage(InlineMessage::Severity::Error, changed.error().message());
            return;
        }
        clearFields();
        emit passwordChanged();
        QDialog::accept();
    }

    void ChangePasswordDialog::reject()
    {
        // Abandon a running derivation: its result is dropped when it arrives.
        if (m_watcher != nullptr) {
            m_watcher->disconnect(this);
            m_watcher->deleteLater();
            m_watcher = nullptr;
        }
        m_work.reset();
        clearFields();
        setBusy(false);
        QDialog::reject();
    }

    void ChangePasswordDialog::clearFields()
    {
        m_current->clear();
        m_new->clear();
        m_repeat->clear();
    }
}
