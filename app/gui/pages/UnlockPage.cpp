#include "pages/UnlockPage.h"

#include "RecoveryKey.h"
#include "SecretWipe.h"
#include "app/Icons.h"
#include "app/KeyDerivation.h"
#include "app/VaultHolder.h"
#include "app/VaultUnlocker.h"
#include "widgets/FocusRing.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PageColumn.h"
#include "widgets/PasswordEdit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    UnlockPage::UnlockPage(VaultHolder& holder, AppContext::KdfPolicy kdfParameters, QWidget* parent)
        : QWidget(parent)
        , m_holder(holder)
        , m_kdfParameters(std::move(kdfParameters))
        , m_unlocker(new VaultUnlocker(holder, this))
        , m_newKey(new KeyDerivation(this))
        , m_title(new QLabel(tr("Tessera is locked"), this))
        , m_file(new QLabel(this))
        , m_reason(new QLabel(this))
        , m_modes(new QStackedWidget(this))
        , m_password(new PasswordEdit(this))
        , m_capsLock(new QLabel(tr("Caps Lock is on."), this))
        , m_useRecovery(new QPushButton(tr("Use Recovery &Key…"), this))
        , m_unlock(new QPushButton(tr("&Unlock"), this))
        , m_recoveryKey(new QLineEdit(this))
        , m_recoveryProblem(new QLabel(this))
        , m_newPassword(new NewPasswordForm(this))
        , m_usePassword(new QPushButton(tr("&Back"), this))
        , m_recover(new QPushButton(tr("U&nlock and Set Password"), this))
        , m_error(new QLabel(this))
        , m_busy(new QWidget(this))
        , m_busyText(new QLabel(this))
    {
        QFont titleFont = m_title->font();
        if (titleFont.pointSizeF() > 0) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        }
        m_title->setFont(titleFont);
        m_file->setForegroundRole(QPalette::PlaceholderText);
        m_file->setTextFormat(Qt::PlainText);
        m_reason->setWordWrap(true);
        m_reason->setTextFormat(Qt::PlainText);
        m_reason->setVisible(false);

        // Password mode.
        auto* passwordPage = new QWidget(m_modes);
        auto* passwordLayout = new QVBoxLayout(passwordPage);
        passwordLayout->setContentsMargins(0, 0, 0, 0);
        auto* passwordLabel = new QLabel(tr("&Password:"), passwordPage);
        passwordLabel->setBuddy(m_password);
        m_password->setAccessibleName(tr("Password"));
        m_password->setAccessibleDescription(tr("The password of the vault"));
        m_password->installEventFilter(this);
        m_capsLock->setVisible(false);
        m_capsLock->setAccessibleName(tr("Warning: Caps Lock is on"));
        m_useRecovery->setFlat(true);
        FocusRing::add(m_useRecovery);
        m_useRecovery->setAccessibleDescription(tr("Open the vault with the recovery key and choose a new password"));
        m_unlock->setDefault(true);
        auto* passwordButtons = new QHBoxLayout;
        passwordButtons->addWidget(m_useRecovery);
        passwordButtons->addStretch(1);
        passwordButtons->addWidget(m_unlock);
        passwordLayout->addWidget(passwordLabel);
        passwordLayout->addWidget(m_password);
        passwordLayout->addWidget(m_capsLock);
        passwordLayout->addLayout(passwordButtons);
        passwordLayout->addStretch(1);

        // Recovery mode.
        auto* recoveryPage = new QWidget(m_modes);
        auto* recoveryLayout = new QVBoxLayout(recoveryPage);
        recoveryLayout->setContentsMargins(0, 0, 0, 0);
        auto* recoveryIntro = new QLabel(tr("Type the recovery key you kept when you created the vault (14 groups of "
                                            "4 characters), then choose a new password."),
            recoveryPage);
        recoveryIntro->setWordWrap(true);
        auto* keyLabel = new QLabel(tr("Recovery &key:"), recoveryPage);
        keyLabel->setBuddy(m_recoveryKey);
        m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
        m_recoveryKey->setAccessibleName(tr("Recovery key"));
        m_recoveryKey->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase);
        m_recoveryProblem->setWordWrap(true);
        m_recoveryProblem->setVisible(false);
        auto* recoveryButtons = new QDialogButtonBox(recoveryPage);
        recoveryButtons->addButton(m_usePassword, QDialogButtonBox::RejectRole);
        recoveryButtons->addButton(m_recover, QDialogButtonBox::AcceptRole);
        m_recover->setDefault(true);
        recoveryLayout->addWidget(recoveryIntro);
        recoveryLayout->addWidget(keyLabel);
        recoveryLayout->addWidget(m_recoveryKey);
        recoveryLayout->addWidget(m_recoveryProblem);
        recoveryLayout->addWidget(m_newPassword);
        recoveryLayout->addWidget(recoveryButtons);
        recoveryLayout->addStretch(1);

        m_modes->addWidget(passwordPage);
        m_modes->addWidget(recoveryPage);

        m_error->setWordWrap(true);
        m_error->setTextFormat(Qt::PlainText);
        m_error->setVisible(false);
        m_error->setAccessibleName(tr("Error"));

        auto* busyLayout = new QHBoxLayout(m_busy);
        busyLayout->setContentsMargins(0, 0, 0, 0);
        auto* progress = new QProgressBar(m_busy);
        progress->setRange(0, 0);
        progress->setTextVisible(false);
        progress->setAccessibleName(tr("Unlocking"));
        busyLayout->addWidget(m_busyText);
        busyLayout->addWidget(progress, 1);
        m_busy->setVisible(false);

        auto* column = new PageColumn(this, 40, 60);
        QVBoxLayout* columnLayout = column->contentLayout();
        auto* logo = new QLabel(column);
        const int logoSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
        logo->setPixmap(Icons::application().pixmap(QSize(logoSize, logoSize), devicePixelRatioF()));
        logo->setAccessibleName(tr("Tessera"));
        columnLayout->addWidget(logo);
        columnLayout->addWidget(m_title);
        columnLayout->addWidget(m_file);
        columnLayout->addWidget(m_reason);
        columnLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        columnLayout->addWidget(m_modes);
        columnLayout->addWidget(m_error);
        columnLayout->addWidget(m_busy);

        connect(m_password, &PasswordEdit::capsLockChanged, m_capsLock, &QWidget::setVisible);
        connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::unlockWithPassword);
        connect(m_password, &QLineEdit::textChanged, this, &UnlockPage::updateButtons);
        connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlockWithPassword);
        connect(m_useRecovery, &QPushButton::clicked, this, [this] { setRecoveryMode(true); });
        connect(m_usePassword, &QPushButton::clicked, this, [this] { setRecoveryMode(false); });
        connect(m_recoveryKey, &QLineEdit::textChanged, this, &UnlockPage::checkRecoveryKey);
        connect(m_recoveryKey, &QLineEdit::returnPressed, m_newPassword, qOverload<>(&QWidget::setFocus));
        connect(m_newPassword, &NewPasswordForm::changed, this, &UnlockPage::updateButtons);
        connect(m_newPassword, &NewPasswordForm::submitted, this, &UnlockPage::unlockWithRecoveryKey);
        connect(m_recover, &QPushButton::clicked, this, &UnlockPage::unlockWithRecoveryKey);
        connect(m_unlocker, &VaultUnlocker::busyChanged, this, &UnlockPage::setBusy);
        connect(m_unlocker, &VaultUnlocker::succeeded, this, &UnlockPage::onUnlocked);
        connect(m_unlocker, &VaultUnlocker::failed, this, &UnlockPage::onFailed);
        connect(m_newKey, &KeyDerivation::finished, this, &UnlockPage::onNewKey);
        connect(&m_holder, &VaultHolder::vaultReplaced, this, &UnlockPage::reset);

        setTabOrder(m_password, m_unlock);
        setTabOrder(m_unlock, m_useRecovery);
        setTabOrder(m_recoveryKey, m_newPassword->passwordField());
        setTabOrder(m_newPassword->passwordField(), m_newPassword->repeatField());
        setTabOrder(m_newPassword->repeatField(), m_recover);
        setTabOrder(m_recover, m_usePassword);
        reset();
    }

    UnlockPage::~UnlockPage() = default;

    void UnlockPage::setReason(const QString& reason)
    {
        m_reason->setText(reason);
        m_reason->setVisible(!reason.isEmpty());
    }

    void UnlockPage::reset()
    {
        m_password->wipe();
        m_password->setRevealed(false);
        QString key = m_recoveryKey->text();
        m_recoveryKey->clear();
        wipe(key);
        m_newPassword->clear();
        m_error->setVisible(false);
        m_recoveryProblem->setVisible(false);
        m_file->setText(QDir::toNativeSeparators(m_holder.path()));
        m_file->setToolTip(m_file->text());
        m_file->setAccessibleName(tr("Vault file %1").arg(QFileInfo(m_holder.path()).fileName()));
        setRecoveryMode(false);
        updateButtons();
    }

    bool UnlockPage::isBusy() const
    {
        return m_unlocker->isBusy() || m_newKey->isRunning();
    }

    bool UnlockPage::isRecoveryMode() const
    {
        return m_modes->currentIndex() == 1;
    }

    void UnlockPage::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        if (isRecoveryMode()) {
            m_recoveryKey->setFocus();
        } else {
            m_password->setFocus();
        }
    }

    bool UnlockPage::eventFilter(QObject* watched, QEvent* event)
    {
        if (watched == m_password && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            emit firstPainted();
        }
        return QWidget::eventFilter(watched, event);
    }

    void UnlockPage::unlockWithPassword()
    {
        if (isBusy() || m_password->text().isEmpty()) {
            return;
        }
        m_error->setVisible(false);
        m_busyText->setText(tr("Unlocking…"));
        m_recovering = false;
        QString password = m_password->text();
        m_unlocker->unlock(Credential::password(password));
        wipe(password);
    }

    void UnlockPage::unlockWithRecoveryKey()
    {
        if (isBusy() || !m_newPassword->isAcceptable()) {
            return;
        }
        QString text = m_recoveryKey->text();
        auto key = RecoveryKey::parse(text);
        wipe(text);
        if (!key) {
            m_recoveryProblem->setText(key.error().message());
            m_recoveryProblem->setVisible(true);
            m_recoveryKey->setFocus();
            return;
        }
        m_error->setVisible(false);
        m_busyText->setText(tr("Unlocking with the recovery key…"));
        m_recovering = true;
        m_unlocker->unlock(Credential::recoveryKey(*key));
    }

    void UnlockPage::onUnlocked()
    {
        if (!m_recovering) {
            finish(QString());
            return;
        }
        // Open now; the new password replaces the old one before the list is shown.
        QString password = m_newPassword->password();
        auto credential = std::make_shared<const Credential>(Credential::password(password));
        wipe(password);
        const PasswordKdf::Parameters parameters
            = m_holder.vault().passwordParameters().value_or(m_kdfParameters(PasswordKdf::Preset::Standard));
        m_busyText->setText(tr("Setting the new password…"));
        setBusy(true);
        m_newKey->start([credential, parameters] { return Vault::deriveNewKey(*credential, parameters); });
    }

    void UnlockPage::onNewKey()
    {
        auto key = m_newKey->takeResult();
        setBusy(false);
        if (!m_holder.isUnlocked()) {
            showError(tr("The vault was locked before the new password was set. Unlock it again with the "
                         "recovery key."));
            return;
        }
        if (!key || !key->ok()) {
            finish(tr("The vault is open, but the new password could not be set: %1 Set it in Settings.")
                       .arg(key ? key->error().message() : QString()));
            return;
        }
        auto changed = m_holder.vault().changePassword(std::move(*key).value());
        finish(changed ? tr("The vault has a new password. The recovery key still works.")
                       : tr("The vault is open, but the new password could not be set: %1 Set it in Settings.")
                             .arg(changed.error().message()));
    }

    void UnlockPage::onFailed(const tessera::Error& error)
    {
        if (error.kind() == Error::Kind::WrongPassword && !m_recovering) {
            showError(tr("The password is wrong. Check Caps Lock and the keyboard layout, then try again."));
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        showError(error.message());
        if (m_recovering) {
            m_recoveryKey->setFocus();
        } else {
            m_password->setFocus();
        }
    }

    void UnlockPage::setRecoveryMode(bool recovery)
    {
        m_modes->setCurrentIndex(recovery ? 1 : 0);
        m_error->setVisible(false);
        m_title->setText(recovery ? tr("Unlock with the recovery key") : tr("Tessera is locked"));
        if (recovery) {
            m_recoveryKey->setFocus();
        } else {
            m_password->setFocus();
        }
        updateButtons();
    }

    void UnlockPage::setBusy(bool busy)
    {
        const bool anyBusy = busy || isBusy();
        m_busy->setVisible(anyBusy);
        m_modes->setEnabled(!anyBusy);
        updateButtons();
    }

    void UnlockPage::updateButtons()
    {
        m_unlock->setEnabled(!isBusy() && !m_password->text().isEmpty());
        m_recover->setEnabled(!isBusy() && !m_recoveryKey->text().trimmed().isEmpty() && m_newPassword->isAcceptable());
    }

    void UnlockPage::checkRecoveryKey()
    {
        // Typos are reported once the key looks complete; the checksum group catches them early.
        QString text = m_recoveryKey->text();
        qsizetype characters = 0;
        for (const QChar c : text) {
            characters += c.isLetterOrNumber() ? 1 : 0;
        }
        QString problem;
        if (characters >= static_cast<qsizetype>(RecoveryKey::Groups) * RecoveryKey::GroupLength) {
            auto key = RecoveryKey::parse(text);
            if (!key) {
                problem = key.error().message();
            }
        }
        wipe(text);
        m_recoveryProblem->setText(problem);
        m_recoveryProblem->setVisible(!problem.isEmpty());
        updateButtons();
    }

    void UnlockPage::showError(const QString& message)
    {
        m_error->setText(message);
        m_error->setVisible(true);
    }

    void UnlockPage::finish(const QString& notice)
    {
        m_password->wipe();
        QString key = m_recoveryKey->text();
        m_recoveryKey->clear();
        wipe(key);
        m_newPassword->clear();
        m_recovering = false;
        setRecoveryMode(false);
        setReason(QString());
        emit unlocked(notice);
    }
}
