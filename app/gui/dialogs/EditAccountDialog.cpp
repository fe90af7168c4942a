#include "EditAccountDialog.h"

#include "InlineMessage.h"
#include "PhoneNumberEditor.h"
#include "RecoveryCodesEditor.h"
#include "ScrollablePage.h"
#include "Vault.h"
#include "services/Clipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        QLabel* buddyLabel(const QString& text, QWidget* buddy)
        {
            auto* label = new QLabel(text);
            label->setBuddy(buddy);
            return label;
        }

        QLabel* paragraph(const QString& text)
        {
            auto* label = new QLabel(text);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            return label;
        }

        /// A plain-text box a few lines tall whose Tab key moves on, as in any other field.
        QPlainTextEdit* notesEdit(int lines)
        {
            auto* edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            const int frame = edit->frameWidth() * 2 + static_cast<int>(edit->document()->documentMargin() * 2);
            edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + frame);
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + frame);
            return edit;
        }

        /// Recovery codes merged by their text: what the user removed, added and (un)marked since
        /// `before` is applied to `current`, and nothing else.
        void mergeCodes(
            const QList<RecoveryCode>& before, const QList<RecoveryCode>& after, QList<RecoveryCode>& current)
        {
            const auto find = [](const QList<RecoveryCode>& list, const QString& code) {
                return std::find_if(
                    list.cbegin(), list.cend(), [&code](const RecoveryCode& entry) { return entry.code == code; });
            };
            for (const RecoveryCode& old : before) {
                if (find(after, old.code) == after.cend()) {
                    current.removeIf([&old](const RecoveryCode& entry) { return entry.code == old.code; });
                }
            }
            for (const RecoveryCode& edited : after) {
                const auto previous = find(before, edited.code);
                if (previous == before.cend()) {
                    if (find(current, edited.code) == current.cend()) {
                        current.append(edited);
                    }
                    continue;
                }
                if (previous->used != edited.used) {
                    for (RecoveryCode& entry : current) {
                        if (entry.code == edited.code) {
                            entry.used = edited.used;
                            entry.usedAt = edited.usedAt;
                        }
                    }
                }
            }
        }
    }

    EditAccountDialog::EditAccountDialog(Vault& vault, const QUuid& id, Clipboard& clipboard, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_id(id)
        , m_clipboard(clipboard)
        , m_tabs(new QTabWidget)
        , m_issuer(new QLineEdit)
        , m_accountName(new QLineEdit)
        , m_favorite(new QCheckBox(tr("&Favourite: list it first")))
        , m_tags(new QLineEdit)
        , m_note(notesEdit(5))
        , m_parameters(new QLabel)
        , m_email(new QLineEdit)
        , m_emailStatus(new InlineMessage)
        , m_phone(new PhoneNumberEditor)
        , m_checkedOn(new QLabel)
        , m_checkedToday(new QPushButton(tr("I Checked It Toda&y")))
        , m_secondFactor(new QComboBox)
        , m_recoveryUrl(new QLineEdit)
        , m_urlStatus(new InlineMessage)
        , m_recoveryNote(notesEdit(3))
        , m_codes(new RecoveryCodesEditor)
        , m_codesStatus(new InlineMessage)
        , m_error(new InlineMessage)
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
        , m_save(m_buttons->button(QDialogButtonBox::Save))
    {
        setWindowTitle(tr("Edit Account"));
        m_tabs->setObjectName(QStringLiteral("editTabs"));
        m_tabs->addTab(new ScrollablePage(createAccountTab(), 88), tr("&Account"));
        m_tabs->addTab(new ScrollablePage(createRecoveryTab(), 88), tr("&Recovery"));
        m_tabs->addTab(createCodesTab(), tr("Recovery C&odes"));
        m_error->setObjectName(QStringLiteral("editError"));
        m_save->setObjectName(QStringLiteral("saveButton"));
        m_save->setAccessibleDescription(tr("Saves the changes to the vault."));

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_tabs);
        layout->addWidget(m_error);
        layout->addWidget(m_buttons);

        connect(m_buttons, &QDialogButtonBox::accepted, this, &EditAccountDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &EditAccountDialog::reject);
        connect(m_issuer, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
        connect(m_accountName, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
        connect(m_email, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
        connect(m_recoveryUrl, &QLineEdit::textChanged, this, &EditAccountDialog::validate);
        connect(m_phone, &PhoneNumberEditor::changed, this, &EditAccountDialog::phoneEdited);
        connect(m_checkedToday, &QPushButton::clicked, this, &EditAccountDialog::checkedToday);
        connect(m_codes, &RecoveryCodesEditor::copyRequested, this, &EditAccountDialog::copyRecoveryCode);
        m_codes->setNow([this] { return now(); });

        auto account = m_vault.account(m_id);
        if (!account) {
            m_tabs->setEnabled(false);
            m_save->setEnabled(false);
            m_error->setMessage(InlineMessage::Severity::Error,
                tr("This account could not be opened. %1").arg(account.error().message()));
            return;
        }
        load(*account);
        m_issuer->setFocus(Qt::OtherFocusReason);
    }

    QWidget* EditAccountDialog::createAccountTab()
    {
        m_issuer->setObjectName(QStringLiteral("issuerEdit"));
        m_issuer->setAccessibleName(tr("Issuer"));
        m_issuer->setAccessibleDescription(tr("The provider or website, for example GitHub."));
        m_accountName->setObjectName(QStringLiteral("accountEdit"));
        m_accountName->setAccessibleName(tr("Account name"));
        m_accountName->setAccessibleDescription(tr("Your user name or email address at the provider."));
        m_favorite->setObjectName(QStringLiteral("favoriteBox"));
        m_favorite->setAccessibleDescription(tr("Favourites come first in the list."));
        m_tags->setObjectName(QStringLiteral("tagsEdit"));
        m_tags->setPlaceholderText(tr("work, personal"));
        m_tags->setAccessibleName(tr("Tags"));
        m_tags->setAccessibleDescription(tr("Words to find the account by, separated by commas."));
        m_note->setObjectName(QStringLiteral("noteEdit"));
        m_note->setAccessibleName(tr("Note"));
        m_note->setAccessibleDescription(tr("Anything you want to remember about this account."));
        m_parameters->setObjectName(QStringLiteral("parametersSummary"));
        m_parameters->setWordWrap(true);
        m_parameters->setTextFormat(Qt::PlainText);
        m_parameters->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_parameters->setAccessibleName(tr("Code settings"));
        m_parameters->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_parameters->setAlignment(Qt::AlignLeft | Qt::AlignTop);

        auto* tab = new QWidget;
        auto* form = new QFormLayout(tab);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->addRow(buddyLabel(tr("&Issuer:"), m_issuer), m_issuer);
        form->addRow(buddyLabel(tr("Account &name:"), m_accountName), m_accountName);
        form->addRow(QString(), m_favorite);
        form->addRow(buddyLabel(tr("Ta&gs:"), m_tags), m_tags);
        form->addRow(buddyLabel(tr("No&te:"), m_note), m_note);
        form->addRow(tr("Codes:"), m_parameters);
        auto* seedNote = paragraph(tr("The secret key and code settings cannot be changed. If the provider gave you "
                                      "a new QR code, add it as a new account, then move this one to the trash."));
        seedNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        seedNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->addRow(QString(), seedNote);
        m_parameters->setAccessibleDescription(seedNote->text());
        return tab;
    }

    QWidget* EditAccountDialog::createRecoveryTab()
    {
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        m_email->setPlaceholderText(tr("alice@example.com"));
        m_email->setAccessibleName(tr("Email address"));
        m_email->setAccessibleDescription(tr("The email address the provider has for this account; recovery "
                                             "usually starts with a message to it."));
        m_emailStatus->setObjectName(QStringLiteral("emailStatus"));

        m_phone->setObjectName(QStringLiteral("phoneEditor"));
        m_checkedOn->setObjectName(QStringLiteral("checkedOnLabel"));
        m_checkedOn->setWordWrap(true);
        m_checkedOn->setTextFormat(Qt::PlainText);
        m_checkedToday->setObjectName(QStringLiteral("checkedTodayButton"));
        m_checkedToday->setAccessibleDescription(tr("Look at the phone number in the provider's account settings; "
                                                    "if it is the same, press this to record today's date."));
        m_checkedToday->setToolTip(m_checkedToday->accessibleDescription());

        m_secondFactor->setObjectName(QStringLiteral("secondFactorBox"));
        m_secondFactor->addItem(tr("Not recorded"), static_cast<int>(SecondFactor::Unknown));
        m_secondFactor->addItem(tr("None: only this authenticator"), static_cast<int>(SecondFactor::None));
        m_secondFactor->addItem(tr("Another authenticator device or app"), static_cast<int>(SecondFactor::Device));
        m_secondFactor->addItem(tr("A security key"), static_cast<int>(SecondFactor::SecurityKey));
        m_secondFactor->setAccessibleName(tr("Other second factor registered"));
        m_secondFactor->setAccessibleDescription(tr("Whether the provider has another second factor for this "
                                                    "account. A second one is the cheapest protection against a "
                                                    "lost seed."));

        m_recoveryUrl->setObjectName(QStringLiteral("recoveryUrlEdit"));
        m_recoveryUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        m_recoveryUrl->setPlaceholderText(tr("https://"));
        m_recoveryUrl->setAccessibleName(tr("Recovery page"));
        m_recoveryUrl->setAccessibleDescription(tr("The address of the provider's account recovery page."));
        m_urlStatus->setObjectName(QStringLiteral("urlStatus"));
        m_recoveryNote->setObjectName(QStringLiteral("recoveryNoteEdit"));
        m_recoveryNote->setAccessibleName(tr("Recovery notes"));
        m_recoveryNote->setAccessibleDescription(tr("Anything else the provider's recovery may ask for."));

        auto* checkedRow = new QHBoxLayout;
        m_checkedOn->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        checkedRow->addWidget(m_checkedOn, 1);
        checkedRow->addWidget(m_checkedToday, 0, Qt::AlignTop);

        auto* tab = new QWidget;
        auto* form = new QFormLayout(tab);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->addRow(paragraph(tr("What the provider's account recovery asks for. Tessera keeps it encrypted with "
                                  "the account.")));
        form->addRow(buddyLabel(tr("&Email:"), m_email), m_email);
        form->addRow(QString(), m_emailStatus);
        form->addRow(buddyLabel(tr("&Phone:"), m_phone->lineEdit()), m_phone);
        form->addRow(tr("Checked:"), checkedRow);
        form->addRow(buddyLabel(tr("&Second factor:"), m_secondFactor), m_secondFactor);
        form->addRow(buddyLabel(tr("Recovery pa&ge:"), m_recoveryUrl), m_recoveryUrl);
        form->addRow(QString(), m_urlStatus);
        form->addRow(buddyLabel(tr("Recovery &notes:"), m_recoveryNote), m_recoveryNote);
        return tab;
    }

    QWidget* EditAccountDialog::createCodesTab()
    {
        m_codes->setObjectName(QStringLiteral("recoveryCodes"));
        m_codesStatus->setObjectName(QStringLiteral("codesStatus"));
        auto* tab = new QWidget;
        auto* layout = new QVBoxLayout(tab);
        layout->addWidget(m_codes, 1);
        layout->addWidget(m_codesStatus);
        return tab;
    }

    void EditAccountDialog::setClock(const Clock& clock)
    {
        m_clock = clock;
    }

    QDateTime EditAccountDialog::now() const
    {
        return QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds(), Qt::UTC);
    }

    QString EditAccountDialog::summaryOf(const OtpParameters& parameters)
    {
        const QString algorithm = OtpParameters::algorithmName(parameters.algorithm());
        switch (parameters.type()) {
        case OtpType::Totp:
            return tr("Time-based (TOTP), %1, %2 digits, a new code every %3 seconds.")
                .arg(algorithm)
                .arg(parameters.digits())
                .arg(parameters.period());
        case OtpType::Hotp:
            return tr("Counter-based (HOTP), %1, %2 digits; the next code is number %3.")
                .arg(algorithm)
                .arg(parameters.digits())
                .arg(parameters.counter());
        case OtpType::Steam:
            return tr("Steam Guard: five characters, a new code every 30 seconds.");
        }
        return {};
    }

    void EditAccountDialog::load(const Account& account)
    {
        m_original = account;
        m_issuer->setText(account.issuer);
        m_accountName->setText(account.accountName);
        m_favorite->setChecked(account.favorite);
        m_tags->setText(account.tags.join(QStringLiteral(", ")));
        m_note->setPlainText(account.note);
        m_parameters->setText(summaryOf(account.parameters));
        m_email->setText(account.recovery.email);
        m_phone->setText(account.recovery.phone);
        m_phoneCheckedOn = account.recovery.phoneCheckedOn;
        showCheckedOn();
        m_secondFactor->setCurrentIndex(m_secondFactor->findData(static_cast<int>(account.recovery.secondFactor)));
        m_recoveryUrl->setText(account.recovery.recoveryUrl);
        m_recoveryNote->setPlainText(account.recovery.note);
        m_codes->setCodes(account.recovery.recoveryCodes);
        setWindowTitle(tr("Edit %1").arg(account.displayName()));
        validate();
    }

    void EditAccountDialog::phoneEdited()
    {
        if (m_original) {
            // A date checked for another number says nothing about this one.
            m_phoneCheckedOn = m_phone->text() == m_original->recovery.phone.trimmed()
                ? m_original->recovery.phoneCheckedOn
                : QDate();
            showCheckedOn();
        }
        validate();
    }

    void EditAccountDialog::checkedToday()
    {
        m_phoneCheckedOn = now().toLocalTime().date();
        showCheckedOn();
    }

    void EditAccountDialog::showCheckedOn()
    {
        const bool hasPhone = !m_phone->text().isEmpty();
        m_checkedToday->setEnabled(hasPhone);
        QString text;
        if (!hasPhone) {
            text = tr("Enter the phone number first.");
        } else if (m_phoneCheckedOn.isValid()) {
            text = tr("Compared with the provider's records on %1.")
                       .arg(QLocale().toString(m_phoneCheckedOn, QLocale::LongFormat));
        } else {
            text = tr("Not yet compared with the provider's records.");
        }
        m_checkedOn->setText(text);
        m_checkedOn->setAccessibleName(tr("Phone number checked"));
        m_checkedOn->setAccessibleDescription(text);
    }

    QStringList EditAccountDialog::tags() const
    {
        QStringList tags;
        for (const QString& raw : m_tags->text().split(QLatin1Char(','))) {
            const QString tag = raw.trimmed();
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.append(tag);
            }
        }
        return tags;
    }

    void EditAccountDialog::validate()
    {
        if (!m_original) {
            return;
        }
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QString email = m_email->text().trimmed();
        if (!email.isEmpty() && !emailPattern.match(email).hasMatch()) {
            m_emailStatus->setMessage(
                InlineMessage::Severity::Warning, tr("This does not look like an email address (name@example.com)."));
        } else {
            m_emailStatus->clear();
        }
        const QString url = m_recoveryUrl->text().trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!url.isEmpty() && (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))) {
            m_urlStatus->setMessage(
                InlineMessage::Severity::Warning, tr("Enter the page's full address, starting with https://."));
        } else {
            m_urlStatus->clear();
        }

        QString problem;
        if (m_issuer->text().trimmed().isEmpty() && m_accountName->text().trimmed().isEmpty()) {
            problem = tr("Enter the issuer or the account name, so you can tell this code from others.");
        } else if (!m_phone->isAcceptable() && m_phone->text() != m_original->recovery.phone.trimmed()) {
            // A stored number blocks nothing; a number typed now must be usable (or overridden).
            problem = tr("Phone number: %1").arg(m_phone->problem());
        }
        if (problem.isEmpty()) {
            m_error->clear();
        } else {
            m_error->setMessage(InlineMessage::Severity::Error, problem);
        }
        m_save->setEnabled(problem.isEmpty());
    }

    void EditAccountDialog::copyRecoveryCode(const QString& code)
    {
        if (!m_original) {
            return;
        }
        m_clipboard.copySecret(code);
        const QDateTime usedAt = now();
        auto& stored = m_original->recovery.recoveryCodes;
        const auto known = std::find_if(
            stored.begin(), stored.end(), [&code](const RecoveryCode& entry) { return entry.code == code; });
        if (known != stored.end() && !known->used) {
            // A copied code is spent: record it now, not only when the dialog is saved.
            auto saved = m_vault.modify(m_id, [&code, &usedAt](Account& account) {
                for (RecoveryCode& entry : account.recovery.recoveryCodes) {
                    if (entry.code == code && !entry.used) {
                        entry.used = true;
                        entry.usedAt = usedAt;
                    }
                }
            });
            if (!saved) {
                m_codesStatus->setMessage(InlineMessage::Severity::Error,
                    tr("The code was copied but could not be marked used. %1").arg(saved.error().message()));
                m_codes->markUsed(code, usedAt);
                return;
            }
            known->used = true;
            known->usedAt = usedAt;
        }
        m_codes->markUsed(code, usedAt);
        const auto seconds = m_clipboard.clearTimeout().count();
        m_codesStatus->setMessage(InlineMessage::Severity::Info,
            seconds > 0 ? tr("Copied and marked used. The clipboard is cleared in %1 seconds.").arg(seconds)
                        : tr("Copied and marked used. The clipboard is cleared when Tessera locks or quits."));
    }

    void EditAccountDialog::accept()
    {
        if (!m_original || !m_save->isEnabled()) {
            return;
        }
        const Account before = *m_original;
        const QString issuer = m_issuer->text().trimmed();
        const QString accountName = m_accountName->text().trimmed();
        const bool favorite = m_favorite->isChecked();
        const QStringList tags = this->tags();
        const QString note = m_note->toPlainText();
        const QString email = m_email->text().trimmed();
        const QString phone = m_phone->text();
        const QDate checkedOn = phone.isEmpty() ? QDate() : m_phoneCheckedOn;
        const auto secondFactor = static_cast<SecondFactor>(m_secondFactor->currentData().toInt());
        const QString recoveryUrl = m_recoveryUrl->text().trimmed();
        const QString recoveryNote = m_recoveryNote->toPlainText();
        const QList<RecoveryCode> codes = m_codes->codes();

        auto saved = m_vault.modify(m_id, [&](Account& account) {
            // Only what was changed here: everything else keeps what the vault has now.
            if (issuer != before.issuer) {
                account.issuer = issuer;
            }
            if (accountName != before.accountName) {
                account.accountName = accountName;
            }
            if (favorite != before.favorite) {
                account.favorite = favorite;
            }
            if (tags != before.tags) {
                account.tags = tags;
            }
            if (note != before.note) {
                account.note = note;
            }
            RecoveryInfo& recovery = account.recovery;
            if (email != before.recovery.email) {
                recovery.email = email;
            }
            if (phone != before.recovery.phone) {
                recovery.phone = phone;
            }
            if (checkedOn != before.recovery.phoneCheckedOn) {
                recovery.phoneCheckedOn = checkedOn;
            }
            if (secondFactor != before.recovery.secondFactor) {
                recovery.secondFactor = secondFactor;
            }
            if (recoveryUrl != before.recovery.recoveryUrl) {
                recovery.recoveryUrl = recoveryUrl;
            }
            if (recoveryNote != before.recovery.note) {
                recovery.note = recoveryNote;
            }
            mergeCodes(before.recovery.recoveryCodes, codes, recovery.recoveryCodes);
        });
        if (!saved) {
            m_error->setMessage(
                InlineMessage::Severity::Error, tr("The changes were not saved. %1").arg(saved.error().message()));
            return;
        }
        m_original = *saved;
        emit accountSaved(m_id);
        QDialog::accept();
    }
}
