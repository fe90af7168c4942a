#include "widgets/NewPasswordForm.h"

#include "dialogs/InlineMessage.h"
#include "dialogs/PasswordStrength.h"
#include "dialogs/PasswordStrengthMeter.h"
#include "widgets/PasswordEdit.h"

#include <QFormLayout>
#include <QLabel>

namespace tessera::gui
{
    NewPasswordForm::NewPasswordForm(QWidget* parent)
        : QWidget(parent)
        , m_password(new PasswordEdit(this))
        , m_repeat(new PasswordEdit(this))
        , m_meter(new PasswordStrengthMeter(this))
        , m_problem(new InlineMessage(this))
        , m_capsLock(new InlineMessage(this))
    {
        auto* layout = new QFormLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

        m_password->setAccessibleName(tr("New password"));
        m_password->setAccessibleDescription(tr("At least %1 characters. A few unrelated words are easy to remember "
                                                "and hard to guess.")
                                                 .arg(PasswordStrength::MinimumLength));
        m_repeat->setAccessibleName(tr("Repeat the new password"));

        auto* passwordLabel = new QLabel(tr("&Password:"), this);
        passwordLabel->setBuddy(m_password);
        auto* repeatLabel = new QLabel(tr("&Repeat:"), this);
        repeatLabel->setBuddy(m_repeat);
        layout->addRow(passwordLabel, m_password);
        layout->addRow(QString(), m_meter);
        layout->addRow(repeatLabel, m_repeat);
        layout->addRow(QString(), m_problem);
        layout->addRow(QString(), m_capsLock);

        connect(m_password, &QLineEdit::textChanged, this, &NewPasswordForm::update);
        connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordForm::update);
        connect(m_password, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
        connect(m_repeat, &QLineEdit::returnPressed, this, &NewPasswordForm::submitted);
        for (PasswordEdit* field : {m_password, m_repeat}) {
            connect(field, &PasswordEdit::capsLockChanged, this, [this](bool on) {
                m_capsLock->setMessage(InlineMessage::Severity::Warning, on ? tr("Caps Lock is on.") : QString());
            });
        }
        // Showing one shows both: the user compares what they typed.
        connect(m_password, &PasswordEdit::revealedChanged, m_repeat, &PasswordEdit::setRevealed);
        connect(m_repeat, &PasswordEdit::revealedChanged, m_password, &PasswordEdit::setRevealed);
        setTabOrder(m_password, m_repeat);
        update();
    }

    bool NewPasswordForm::isAcceptable() const
    {
        const QString password = m_password->text();
        return PasswordStrength::estimate(password).isLongEnough() && password == m_repeat->text();
    }

    QString NewPasswordForm::password() const
    {
        return m_password->text();
    }

    void NewPasswordForm::clear()
    {
        m_password->wipe();
        m_repeat->wipe();
        m_password->setRevealed(false);
        m_repeat->setRevealed(false);
        update();
    }

    void NewPasswordForm::setReadOnly(bool readOnly)
    {
        m_password->setReadOnly(readOnly);
        m_repeat->setReadOnly(readOnly);
    }

    void NewPasswordForm::update()
    {
        const QString password = m_password->text();
        m_meter->setPassword(password);
        const QString repeated = m_repeat->text();
        QString problem;
        if (!repeated.isEmpty() && repeated != password && !password.startsWith(repeated)) {
            problem = tr("The passwords do not match.");
        } else if (!repeated.isEmpty() && !PasswordStrength::estimate(password).isLongEnough()) {
            problem = tr("Use at least %1 characters.").arg(PasswordStrength::MinimumLength);
        }
        m_problem->setMessage(InlineMessage::Severity::Warning, problem);
        emit changed();
    }
}
