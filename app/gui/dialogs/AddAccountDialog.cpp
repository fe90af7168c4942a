#include "AddAccountDialog.h"

#include "Account.h"
#include "Base32.h"
#include "InlineMessage.h"
#include "OtpGenerator.h"
#include "OtpUri.h"
#include "ScrollablePage.h"
#include "SecretWipe.h"
#include "Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace tessera::gui
{
    namespace
    {
        /// Below 80 bits (16 base32 characters) a secret is shorter than any provider hands out:
        /// probably part of it was not copied.
        constexpr int ShortSecretBytes = 10;

        QLabel* buddyLabel(const QString& text, QWidget* buddy)
        {
            auto* label = new QLabel(text);
            label->setBuddy(buddy);
            return label;
        }
    }

    AddAccountDialog::AddAccountDialog(Vault& vault, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_link(new QLineEdit)
        , m_linkStatus(new InlineMessage)
        , m_issuer(new QLineEdit)
        , m_account(new QLineEdit)
        , m_secret(new QLineEdit)
        , m_secretStatus(new InlineMessage)
        , m_advancedToggle(new QToolButton)
        , m_advanced(new QWidget)
        , m_type(new QComboBox)
        , m_algorithm(new QComboBox)
        , m_digits(new QComboBox)
        , m_period(new QSpinBox)
        , m_counter(new QLineEdit)
        , m_typeNote(new InlineMessage)
        , m_preview(new QLabel)
        , m_nameStatus(new InlineMessage)
        , m_error(new InlineMessage)
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
        , m_add(m_buttons->button(QDialogButtonBox::Ok))
        , m_previewTimer(new QTimer(this))
    {
        setWindowTitle(tr("Add Account"));
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

        m_link->setObjectName(QStringLiteral("linkEdit"));
        m_link->setPlaceholderText(tr("otpauth://totp/…"));
        m_link->setClearButtonEnabled(true);
        m_link->setAccessibleName(tr("Setup link"));
        m_link->setAccessibleDescription(tr("Optional. Paste an otpauth:// link here to fill in the fields "
                                            "below."));
        m_linkStatus->setObjectName(QStringLiteral("linkStatus"));
        m_link->setToolTip(m_link->accessibleDescription());

        m_issuer->setObjectName(QStringLiteral("issuerEdit"));
        m_issuer->setPlaceholderText(tr("GitHub"));
        m_issuer->setAccessibleName(tr("Issuer"));
        m_issuer->setAccessibleDescription(tr("The provider or website, for example GitHub."));
        m_account->setObjectName(QStringLiteral("accountEdit"));
        m_account->setPlaceholderText(tr("alice@example.com"));
        m_account->setAccessibleName(tr("Account name"));
        m_account->setAccessibleDescription(tr("Your user name or email address at the provider."));
        m_nameStatus->setObjectName(QStringLiteral("nameStatus"));

        m_secret->setObjectName(QStringLiteral("secretEdit"));
        m_secret->setFont(fixed);
        m_secret->setPlaceholderText(tr("JBSW Y3DP EHPK 3PXP"));
        m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        m_secret->setAccessibleName(tr("Secret key"));
        m_secretStatus->setObjectName(QStringLiteral("secretStatus"));

        m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
        m_advancedToggle->setText(tr("Ad&vanced"));
        m_advancedToggle->setCheckable(true);
        m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_advancedToggle->setAutoRaise(true);
        m_advancedToggle->setAccessibleName(tr("Advanced settings"));
        m_advancedToggle->setAccessibleDescription(tr("Shows the code type, algorithm, number of digits, period "
                                                      "and counter. Most accounts use the defaults."));

        m_type->setObjectName(QStringLiteral("typeBox"));
        m_type->addItem(tr("Time-based (TOTP)"), static_cast<int>(OtpType::Totp));
        m_type->addItem(tr("Counter-based (HOTP)"), static_cast<int>(OtpType::Hotp));
        m_type->addItem(tr("Steam Guard"), static_cast<int>(OtpType::Steam));
        m_type->setAccessibleName(tr("Code type"));
        m_type->setAccessibleDescription(tr("Time-based codes change every period; counter-based codes change "
                                            "each time you ask for one."));
        m_algorithm->setObjectName(QStringLiteral("algorithmBox"));
        m_algorithm->addItem(tr("SHA-1 (most common)"), static_cast<int>(HashAlgorithm::Sha1));
        m_algorithm->addItem(tr("SHA-256"), static_cast<int>(HashAlgorithm::Sha256));
        m_algorithm->addItem(tr("SHA-512"), static_cast<int>(HashAlgorithm::Sha512));
        m_algorithm->setAccessibleName(tr("Algorithm"));
        m_algorithm->setAccessibleDescription(tr("The hash the codes are made with. Almost always SHA-1; use "
                                                 "another only when the provider says so."));
        m_digits->setObjectName(QStringLiteral("digitsBox"));
        // The usual lengths first; the rest of what RFC 4226 allows after a separator.
        for (const int digits : {6, 7, 8}) {
            m_digits->addItem(QString::number(digits), digits);
        }
        m_digits->insertSeparator(m_digits->count());
        for (const int digits : {4, 5, 9, 10}) {
            m_digits->addItem(QString::number(digits), digits);
        }
        m_digits->setAccessibleName(tr("Number of digits"));
        m_digits->setAccessibleDescription(tr("How many digits each code has, usually 6."));
        m_period->setObjectName(QStringLiteral("periodBox"));
        m_period->setRange(OtpParameters::MinPeriod, OtpParameters::MaxPeriod);
        m_period->setValue(OtpParameters::DefaultPeriod);
        m_period->setSuffix(tr(" s"));
        m_period->setAccessibleName(tr("Period in seconds"));
        m_period->setAccessibleDescription(tr("How long each code lasts. Almost always 30 seconds."));
        m_counter->setObjectName(QStringLiteral("counterEdit"));
        m_counter->setText(QStringLiteral("0"));
        m_counter->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_counter));
        m_counter->setAccessibleName(tr("Counter"));
        m_counter->setAccessibleDescription(tr("For counter-based codes: the counter value of the next code, as "
                                               "the provider states it. Usually 0."));
        m_typeNote->setObjectName(QStringLiteral("typeNote"));

        m_preview->setObjectName(QStringLiteral("preview"));
        m_preview->setTextFormat(Qt::PlainText);
        m_preview->setAccessibleName(tr("Code preview"));
        m_preview->setWordWrap(true);
        m_error->setObjectName(QStringLiteral("addError"));

        m_add->setText(tr("&Add"));
        m_add->setObjectName(QStringLiteral("addButton"));
        m_add->setAccessibleDescription(tr("Adds the account to the vault."));

        // The advanced section.
        auto* advancedForm = new QFormLayout(m_advanced);
        advancedForm->setContentsMargins(0, 0, 0, 0);
        advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        advancedForm->addRow(buddyLabel(tr("&Type:"), m_type), m_type);
        advancedForm->addRow(buddyLabel(tr("Al&gorithm:"), m_algorithm), m_algorithm);
        advancedForm->addRow(buddyLabel(tr("&Digits:"), m_digits), m_digits);
        advancedForm->addRow(buddyLabel(tr("&Period:"), m_period), m_period);
        advancedForm->addRow(buddyLabel(tr("Cou&nter:"), m_counter), m_counter);
        advancedForm->addRow(m_typeNote);

        auto* line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);

        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->addRow(buddyLabel(tr("&Link:"), m_link), m_link);
        form->addRow(m_linkStatus);
        form->addRow(line);
        form->addRow(buddyLabel(tr("&Issuer:"), m_issuer), m_issuer);
        form->addRow(buddyLabel(tr("A&ccount:"), m_account), m_account);
        form->addRow(m_nameStatus);
        form->addRow(buddyLabel(tr("&Secret key:"), m_secret), m_secret);
        form->addRow(m_secretStatus);

        auto* content = new QWidget;
        auto* contentLayout = new QVBoxLayout(content);
        contentLayout->setContentsMargins(0, 0, 0, 0);
        contentLayout->addLayout(form);
        contentLayout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
        contentLayout->addWidget(m_advanced);
        contentLayout->addWidget(m_preview);
        contentLayout->addWidget(m_error);
        contentLayout->addStretch();

        auto* layout = new QVBoxLayout(this);
        m_page = new ScrollablePage(content, 72);
        layout->addWidget(m_page);
        layout->addWidget(m_buttons);

        setTabOrder(m_link, m_issuer);
        setTabOrder(m_issuer, m_account);
        setTabOrder(m_account, m_secret);
        setTabOrder(m_secret, m_advancedToggle);
        setTabOrder(m_advancedToggle, m_type);
        setTabOrder(m_type, m_algorithm);
        setTabOrder(m_algorithm, m_digits);
        setTabOrder(m_digits, m_period);
        setTabOrder(m_period, m_counter);

        m_previewTimer->setInterval(1000);
        connect(m_previewTimer, &QTimer::timeout, this, &AddAccountDialog::updatePreview);
        connect(m_link, &QLineEdit::textChanged, this, &AddAccountDialog::linkEdited);
        connect(m_issuer, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
        connect(m_account, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
        connect(m_secret, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
        connect(m_advancedToggle, &QToolButton::toggled, this, &AddAccountDialog::setAdvancedVisible);
        connect(m_type, &QComboBox::currentIndexChanged, this, &AddAccountDialog::typeChanged);
        connect(m_algorithm, &QComboBox::currentIndexChanged, this, &AddAccountDialog::validate);
        connect(m_digits, &QComboBox::currentIndexChanged, this, &AddAccountDialog::validate);
        connect(m_period, &QSpinBox::valueChanged, this, &AddAccountDialog::validate);
        connect(m_counter, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
        connect(this, &QDialog::finished, this, &AddAccountDialog::wipeFields);

        setAdvancedVisible(false);
        typeChanged();
        m_issuer->setFocus(Qt::OtherFocusReason);
    }

    AddAccountDialog::~AddAccountDialog()
    {
        wipeFields();
    }

    void AddAccountDialog::setClock(const Clock& clock)
    {
        m_clock = clock;
        updatePreview();
    }

    OtpType AddAccountDialog::selectedType() const
    {
        return static_cast<OtpType>(m_type->currentData().toInt());
    }

    void AddAccountDialog::setUri(const OtpUri& uri)
    {
        const OtpParameters& parameters = uri.parameters();
        m_filling = true;
        m_issuer->setText(uri.issuer());
        m_account->setText(uri.accountName());
        m_secret->setText(parameters.secretBase32());
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(parameters.type())));
        if (parameters.type() != OtpType::Steam) {
            m_algorithm->setCurrentIndex(m_algorithm->findData(static_cast<int>(parameters.algorithm())));
            m_digits->setCurrentIndex(m_digits->findData(parameters.digits()));
            m_period->setValue(parameters.period());
        }
        m_counter->setText(QString::number(parameters.counter()));
        m_filling = false;

        const bool unusual = parameters.type() != OtpType::Totp || parameters.algorithm() != HashAlgorithm::Sha1
            || parameters.digits() != OtpParameters::DefaultDigits
            || parameters.period() != OtpParameters::DefaultPeriod || parameters.counter() != 0;
        if (unusual) {
            m_advancedToggle->setChecked(true);
        }
        m_linkStatus->setMessage(
            InlineMessage::Severity::Info, tr("Filled in from the link. Check the fields, then press Add."));
        validate();
    }

    void AddAccountDialog::linkEdited(const QString& text)
    {
        if (m_filling) {
            return;
        }
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            m_linkStatus->clear();
            return;
        }
        auto uri = OtpUri::parse(trimmed);
        if (!uri) {
            m_linkStatus->setMessage(InlineMessage::Severity::Error, uri.error().message());
            return;
        }
        setUri(*uri);
        // The link holds the secret, now in the secret field: do not keep a second copy on screen.
        m_filling = true;
        m_link->clear();
        m_filling = false;
        m_issuer->setFocus(Qt::OtherFocusReason);
    }

    void AddAccountDialog::typeChanged()
    {
        const OtpType type = selectedType();
        const bool steam = type == OtpType::Steam;
        m_algorithm->setEnabled(!steam);
        m_digits->setEnabled(!steam);
        m_period->setEnabled(type == OtpType::Totp);
        m_counter->setEnabled(type == OtpType::Hotp);
        switch (type) {
        case OtpType::Totp:
            m_typeNote->clear();
            break;
        case OtpType::Hotp:
            m_typeNote->setMessage(
                InlineMessage::Severity::Info, tr("A counter-based code changes only when you ask for the next one."));
            break;
        case OtpType::Steam:
            m_typeNote->setMessage(InlineMessage::Severity::Info,
                tr("Steam Guard codes always have five characters, use SHA-1 and change every 30 seconds."));
            break;
        }
        validate();
    }

    void AddAccountDialog::setAdvancedVisible(bool visible)
    {
        m_advanced->setVisible(visible);
        m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
        // Grow to show the section (or shrink back), within the screen.
        if (isVisible()) {
            m_page->updateGeometry();
            adjustSize();
        }
    }

    Result<OtpParameters> AddAccountDialog::parameters() const
    {
        const QString secretText = m_secret->text();
        if (secretText.trimmed().isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("Enter the secret key."));
        }
        auto secret = Base32::decode(secretText);
        if (!secret) {
            return secret.error();
        }
        bool counterOk = false;
        const quint64 counter = m_counter->text().toULongLong(&counterOk);
        if (selectedType() == OtpType::Hotp && !counterOk) {
            wipe(*secret);
            return Error(Error::Kind::InvalidInput,
                tr("The counter must be a whole number from 0 to %1.").arg(std::numeric_limits<quint64>::max()));
        }
        return OtpParameters::create(selectedType(), std::move(secret).value(),
            static_cast<HashAlgorithm>(m_algorithm->currentData().toInt()), m_digits->currentData().toInt(),
            m_period->value(), counterOk ? counter : 0);
    }

    void AddAccountDialog::validate()
    {
        if (m_filling) {
            return;
        }
        m_error->clear();
        const auto parameters = this->parameters();
        bool secretOk = parameters.ok();
        if (m_secret->text().trimmed().isEmpty()) {
            m_secretStatus->setMessage(InlineMessage::Severity::Info,
                tr("The secret key (or \u201csetup key\u201d) is the text the provider shows with the QR code: "
                   "letters A to Z and digits 2 to 7."));
        } else if (!parameters) {
            m_secretStatus->setMessage(InlineMessage::Severity::Error, parameters.error().message());
        } else if (parameters->secret().size() < ShortSecretBytes) {
            m_secretStatus->setMessage(InlineMessage::Severity::Warning,
                tr("This secret is only %1 characters long, shorter than providers use. Check that you copied "
                   "all of it.")
                    .arg(parameters->secretBase32().size()));
        } else {
            m_secretStatus->clear();
        }
        m_secret->setAccessibleDescription(
            m_secretStatus->text().isEmpty() ? tr("The secret key is valid.") : m_secretStatus->text());

        const bool named = !m_issuer->text().trimmed().isEmpty() || !m_account->text().trimmed().isEmpty();
        if (!named && secretOk) {
            m_nameStatus->setMessage(InlineMessage::Severity::Info,
                tr("Enter the issuer or the account name, so you can tell this code from others."));
        } else {
            checkDuplicate();
        }
        m_add->setEnabled(secretOk && named);
        updatePreview();
    }

    void AddAccountDialog::checkDuplicate()
    {
        const QString issuer = m_issuer->text().trimmed();
        const QString name = m_account->text().trimmed();
        if (issuer.isEmpty() && name.isEmpty()) {
            m_nameStatus->clear();
            return;
        }
        for (const AccountSummary& existing : m_vault.accounts(Vault::Filter::All)) {
            if (existing.issuer.compare(issuer, Qt::CaseInsensitive) == 0
                && existing.accountName.compare(name, Qt::CaseInsensitive) == 0) {
                m_nameStatus->setMessage(InlineMessage::Severity::Warning,
                    existing.isTrashed()
                        ? tr("\u201c%1\u201d is in the trash. Adding it again keeps both; restore it from the trash "
                             "instead if its key still works.")
                              .arg(existing.displayName())
                        : tr("You already have \u201c%1\u201d. Adding it again keeps both: move the old one to the "
                             "trash once the new code works.")
                              .arg(existing.displayName()));
                return;
            }
        }
        m_nameStatus->clear();
    }

    void AddAccountDialog::updatePreview()
    {
        const auto parameters = this->parameters();
        if (!parameters) {
            m_preview->clear();
            m_preview->setVisible(false);
            m_previewTimer->stop();
            return;
        }
        const qint64 now = m_clock.nowSeconds();
        const QString code = OtpGenerator::grouped(OtpGenerator::code(*parameters, now));
        if (parameters->isTimeBased()) {
            m_preview->setText(tr("Current code: %1 (changes in %2 s). Compare it with the provider before you "
                                  "rely on it.")
                                   .arg(code)
                                   .arg(OtpGenerator::secondsRemaining(*parameters, now)));
            if (!m_previewTimer->isActive()) {
                m_previewTimer->start();
            }
        } else {
            m_preview->setText(tr("Code for counter %1: %2").arg(parameters->counter()).arg(code));
            m_previewTimer->stop();
        }
        m_preview->setVisible(true);
    }

    void AddAccountDialog::accept()
    {
        auto parameters = this->parameters();
        if (!parameters || !m_add->isEnabled()) {
            m_error->setMessage(InlineMessage::Severity::Error,
                parameters ? tr("Enter the issuer or the account name.") : parameters.error().message());
            return;
        }
        Account account(std::move(parameters).value());
        account.issuer = m_issuer->text().trimmed();
        account.accountName = m_account->text().trimmed();
        auto id = m_vault.add(std::move(account));
        if (!id) {
            m_error->setMessage(
                InlineMessage::Severity::Error, tr("The account was not added. %1").arg(id.error().message()));
            return;
        }
        m_addedId = *id;
        emit accountAdded(m_addedId);
        QDialog::accept();
    }

    void AddAccountDialog::wipeFields()
    {
        // Out of the widgets once the dialog is done (the vault keeps the secret in guarded memory).
        m_previewTimer->stop();
        m_filling = true;
        m_secret->clear();
        m_link->clear();
        m_filling = false;
    }
}
