#include "pages/CreateVaultPage.h"

#include "SecretWipe.h"
#include "app/KeyDerivation.h"
#include "app/VaultHolder.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PageColumn.h"
#include "widgets/PasswordEdit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    CreateVaultPage::CreateVaultPage(VaultHolder& holder, AppContext::KdfPolicy kdfParameters, QWidget* parent)
        : QWidget(parent)
        , m_holder(holder)
        , m_kdfParameters(std::move(kdfParameters))
        , m_derivation(new KeyDerivation(this))
        , m_form(new NewPasswordForm(this))
        , m_advancedToggle(new QToolButton(this))
        , m_advanced(new QWidget(this))
        , m_presets(new QButtonGroup(this))
        , m_followUp(new QLabel(this))
        , m_error(new QLabel(this))
        , m_busy(new QWidget(this))
        , m_back(new QPushButton(tr("&Back"), this))
        , m_create(new QPushButton(tr("C&reate Vault"), this))
    {
        auto* title = new QLabel(tr("Create a new vault"), this);
        QFont titleFont = title->font();
        if (titleFont.pointSizeF() > 0) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        }
        title->setFont(titleFont);
        auto* intro = new QLabel(tr("This password opens the vault. Nobody can reset it, but the recovery key "
                                    "you get next opens the vault if you ever forget it."),
            this);
        intro->setWordWrap(true);
        m_followUp->setWordWrap(true);
        m_followUp->setTextFormat(Qt::PlainText);
        m_followUp->setVisible(false);

        m_advancedToggle->setText(tr("&Advanced"));
        m_advancedToggle->setCheckable(true);
        m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_advancedToggle->setArrowType(Qt::RightArrow);
        m_advancedToggle->setAutoRaise(true);
        m_advancedToggle->setAccessibleName(tr("Advanced options"));
        m_advancedToggle->setAccessibleDescription(tr("Shows how hard the password is made to guess"));

        auto* advancedLayout = new QVBoxLayout(m_advanced);
        advancedLayout->setContentsMargins(style()->pixelMetric(QStyle::PM_LayoutLeftMargin), 0, 0, 0);
        auto* explanation = new QLabel(tr("Opening the vault does deliberately slow work, so that guessing the "
                                          "password takes attackers years. Stronger means slower to open."),
            m_advanced);
        explanation->setWordWrap(true);
        advancedLayout->addWidget(explanation);
        const struct
        {
            PasswordKdf::Preset preset;
            QString text;
            QString description;
        } presets[] = {
            {PasswordKdf::Preset::Fast, tr("&Fast"), tr("64 MiB of memory: for older or small computers.")},
            {PasswordKdf::Preset::Standard, tr("&Standard (recommended)"),
                tr("256 MiB of memory, about half a second to open.")},
            {PasswordKdf::Preset::Strong, tr("S&trong"), tr("1 GiB of memory, a few seconds to open.")},
        };
        for (const auto& entry : presets) {
            auto* button = new QRadioButton(entry.text, m_advanced);
            button->setToolTip(entry.description);
            button->setAccessibleDescription(entry.description);
            auto* description = new QLabel(entry.description, m_advanced);
            description->setIndent(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
            description->setForegroundRole(QPalette::PlaceholderText);
            m_presets->addButton(button, static_cast<int>(entry.preset));
            advancedLayout->addWidget(button);
            advancedLayout->addWidget(description);
        }
        setPreset(PasswordKdf::Preset::Standard);
        m_advanced->setVisible(false);

        m_error->setWordWrap(true);
        m_error->setVisible(false);
        m_error->setTextFormat(Qt::PlainText);

        auto* busyLayout = new QHBoxLayout(m_busy);
        busyLayout->setContentsMargins(0, 0, 0, 0);
        auto* progress = new QProgressBar(m_busy);
        progress->setRange(0, 0);
        progress->setTextVisible(false);
        progress->setAccessibleName(tr("Creating the vault"));
        auto* busyText = new QLabel(tr("Creating the vault…"), m_busy);
        busyLayout->addWidget(busyText);
        busyLayout->addWidget(progress, 1);
        m_busy->setVisible(false);

        auto* buttons = new QDialogButtonBox(this);
        buttons->addButton(m_back, QDialogButtonBox::RejectRole);
        buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
        m_create->setDefault(true);
        m_create->setAutoDefault(true);
        m_create->setAccessibleDescription(tr("Creates the encrypted vault file with this password"));

        auto* column = new PageColumn(this, 44, 64);
        QVBoxLayout* columnLayout = column->contentLayout();
        columnLayout->addWidget(title);
        columnLayout->addWidget(intro);
        columnLayout->addWidget(m_followUp);
        columnLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        columnLayout->addWidget(m_form);
        columnLayout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
        columnLayout->addWidget(m_advanced);
        columnLayout->addWidget(m_error);
        columnLayout->addWidget(m_busy);
        columnLayout->addWidget(buttons);

        connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
            m_advanced->setVisible(open);
            m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        connect(m_form, &NewPasswordForm::changed, this, &CreateVaultPage::updateButtons);
        connect(m_form, &NewPasswordForm::submitted, this, &CreateVaultPage::create);
        connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::create);
        connect(m_back, &QPushButton::clicked, this, &CreateVaultPage::backRequested);
        connect(m_derivation, &KeyDerivation::finished, this, &CreateVaultPage::onDerived);

        setTabOrder(m_form->passwordField(), m_form->repeatField());
        setTabOrder(m_form->repeatField(), m_advancedToggle);
        setTabOrder(m_advancedToggle, m_presets->button(static_cast<int>(PasswordKdf::Preset::Fast)));
        setTabOrder(m_presets->button(static_cast<int>(PasswordKdf::Preset::Strong)), m_create);
        setTabOrder(m_create, m_back);
        updateButtons();
    }

    CreateVaultPage::~CreateVaultPage() = default;

    void CreateVaultPage::reset()
    {
        m_form->clear();
        m_error->setVisible(false);
        setFollowUp(QString());
        m_advancedToggle->setChecked(false);
        setPreset(PasswordKdf::Preset::Standard);
        updateButtons();
    }

    void CreateVaultPage::setFollowUp(const QString& text)
    {
        m_followUp->setText(text);
        m_followUp->setVisible(!text.isEmpty());
    }

    QString CreateVaultPage::followUp() const
    {
        return m_followUp->text();
    }

    bool CreateVaultPage::isBusy() const
    {
        return m_derivation->isRunning();
    }

    std::optional<RecoveryKey> CreateVaultPage::takeRecoveryKey()
    {
        std::optional<RecoveryKey> key = std::move(m_recoveryKey);
        m_recoveryKey.reset();
        return key;
    }

    PasswordKdf::Preset CreateVaultPage::preset() const
    {
        const int id = m_presets->checkedId();
        return id < 0 ? PasswordKdf::Preset::Standard : static_cast<PasswordKdf::Preset>(id);
    }

    void CreateVaultPage::setPreset(PasswordKdf::Preset preset)
    {
        if (QAbstractButton* button = m_presets->button(static_cast<int>(preset))) {
            button->setChecked(true);
        }
    }

    void CreateVaultPage::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        m_form->passwordField()->setFocus();
    }

    void CreateVaultPage::create()
    {
        if (isBusy() || !m_form->isAcceptable()) {
            return;
        }
        if (m_holder.exists()) {
            showError(tr("A vault already exists at %1. Go back and open it instead.")
                          .arg(QDir::toNativeSeparators(m_holder.path())));
            return;
        }
        m_error->setVisible(false);
        QString password = m_form->password();
        auto credential = std::make_shared<const Credential>(Credential::password(password));
        wipe(password);
        const PasswordKdf::Parameters parameters = m_kdfParameters(preset());
        setBusy(true);
        m_derivation->start([credential, parameters] { return Vault::deriveNewKey(*credential, parameters); });
    }

    void CreateVaultPage::onDerived()
    {
        auto key = m_derivation->takeResult();
        if (!key || !key->ok()) {
            setBusy(false);
            showError(key ? key->error().message() : tr("Creating the vault was interrupted. Please try again."));
            return;
        }
        RecoveryKey recoveryKey = RecoveryKey::generate();
        auto made = m_holder.vault().create(std::move(*key).value(), recoveryKey);
        setBusy(false);
        if (!made) {
            showError(made.error().message());
            return;
        }
        m_form->clear();
        m_recoveryKey.emplace(std::move(recoveryKey));
        emit created();
    }

    void CreateVaultPage::setBusy(bool busy)
    {
        m_busy->setVisible(busy);
        m_form->setEnabled(!busy);
        m_advanced->setEnabled(!busy);
        m_advancedToggle->setEnabled(!busy);
        m_back->setEnabled(!busy);
        updateButtons();
    }

    void CreateVaultPage::updateButtons()
    {
        m_create->setEnabled(!isBusy() && m_form->isAcceptable());
    }

    void CreateVaultPage::showError(const QString& message)
    {
        m_error->setText(message);
        m_error->setVisible(true);
    }
}
