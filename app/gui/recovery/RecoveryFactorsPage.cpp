#include "RecoveryFactorsPage.h"

#include "PhoneNumber.h"
#include "RecoveryContext.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "services/Clipboard.h"
#include "widgets/WrappedLabel.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        void clearLayout(QLayout* layout)
        {
            while (QLayoutItem* item = layout->takeAt(0)) {
                delete item->widget();
                delete item;
            }
        }

        bool usesAny(const Playbook::Step* step, std::initializer_list<Playbook::Factor> factors)
        {
            if (step == nullptr) {
                return false;
            }
            for (const Playbook::Factor factor : factors) {
                if (step->factors.contains(factor)) {
                    return true;
                }
                for (const Playbook::Failure& failure : step->failures) {
                    for (const Playbook::Option& option : failure.options) {
                        if (option.factors.contains(factor)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    RecoveryFactorsPage::RecoveryFactorsPage(RecoveryContext& context, QWidget* parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_path(new QComboBox(this))
        , m_pathWaiting(wrappedLabel(QString(), this))
        , m_steps(new QListWidget(this))
        , m_current(wrappedLabel(QString(), this))
        , m_done(new QPushButton(tr("&Done, Next Step"), this))
        , m_failure(new QComboBox(this))
        , m_failed(new QPushButton(tr("It &Failed"), this))
        , m_failureText(wrappedLabel(QString(), this))
        , m_options(new QWidget(this))
        , m_optionsLayout(new QVBoxLayout(m_options))
        , m_phoneBox(new QGroupBox(tr("The phone number on file"), this))
        , m_phone(new QLineEdit(m_phoneBox))
        , m_phoneResult(wrappedLabel(QString(), m_phoneBox))
        , m_copyPhone(new QPushButton(tr("Copy in E.164 F&orm"), m_phoneBox))
        , m_codesBox(new QGroupBox(tr("Your unused recovery codes"), this))
        , m_codesLayout(new QVBoxLayout(m_codesBox))
        , m_error(wrappedLabel(QString(), this))
    {
        setTitle(tr("The Provider's Recovery"));
        m_optionsLayout->setContentsMargins(0, 0, 0, 0);
        m_steps->setSelectionMode(QAbstractItemView::NoSelection);
        // Steps are sentences: wrapped, never cut off behind a horizontal scroll bar.
        m_steps->setWordWrap(true);
        m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_steps->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_steps->setResizeMode(QListView::Adjust);
        m_steps->setAccessibleName(tr("Steps of the recovery"));
        m_phone->setPlaceholderText(tr("The number exactly as the provider shows it"));
        m_phone->setAccessibleName(tr("Phone number on file"));
        auto* phoneLayout = new QVBoxLayout(m_phoneBox);
        auto* phoneHint = wrappedLabel(QString(), m_phoneBox);
        phoneHint->setText(tr("An automated call fails when the number lacks its + and country code. Copy the "
                              "number from the provider's contact settings here before the call."));
        phoneLayout->addWidget(phoneHint);
        phoneLayout->addWidget(m_phone);
        phoneLayout->addWidget(m_phoneResult);
        phoneLayout->addWidget(m_copyPhone, 0, Qt::AlignLeft);
        m_copyPhone->setEnabled(false);

        auto* pathRow = new QFormLayout;
        pathRow->addRow(tr("&Way in:"), m_path);
        auto* stepButtons = new QHBoxLayout;
        stepButtons->addWidget(m_done);
        stepButtons->addStretch(1);
        stepButtons->addWidget(m_failure, 1);
        stepButtons->addWidget(m_failed);

        // The page grows with the failure's options and the phone box: it scrolls rather than squeezing
        // wrapped text below its height.
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls in it, not to the area
        scroll->setWidget(content);
        auto* pageLayout = new QVBoxLayout(this);
        pageLayout->addWidget(scroll);
        m_failure->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the symptoms are read, not guessed
        m_steps->setMinimumHeight(m_steps->fontMetrics().height() * 7);
        layout->addWidget(
            wrappedLabel(tr("Follow the provider's pages; tick each step here as you complete it. You can close "
                            "Tessera while you wait: the assistant resumes where you left off."),
                this)); // not setSubTitle(): see wrappedLabel()
        layout->addLayout(pathRow);
        layout->addWidget(m_pathWaiting);
        layout->addWidget(m_steps, 1);
        layout->addWidget(m_current);
        layout->addLayout(stepButtons);
        layout->addWidget(m_failureText);
        layout->addWidget(m_options);
        layout->addWidget(m_phoneBox);
        layout->addWidget(m_codesBox);
        layout->addWidget(m_error);

        connect(m_path, &QComboBox::activated, this, &RecoveryFactorsPage::choosePath);
        connect(m_done, &QPushButton::clicked, this, &RecoveryFactorsPage::completeStep);
        connect(m_failed, &QPushButton::clicked, this, &RecoveryFactorsPage::reportFailure);
        connect(m_phone, &QLineEdit::textChanged, this, &RecoveryFactorsPage::checkPhone);
        connect(m_copyPhone, &QPushButton::clicked, this, [this] {
            if (auto number = PhoneNumber::parse(m_phone->text(), QLocale::system().name().section(u'_', 1))) {
                m_context.clipboard.copySecret(number->pasteText());
            }
        });
    }

    void RecoveryFactorsPage::initializePage()
    {
        const QSignalBlocker blocker(m_path);
        m_path->clear();
        if (const auto& playbook = m_context.flow.playbook()) {
            for (const Playbook::Path& path : playbook->paths()) {
                m_path->addItem(path.title, path.id);
            }
        }
        if (m_context.flow.currentPath() == nullptr && m_path->count() > 0) {
            choosePath();
        }
        m_phone->clear();
        if (m_context.holder.isUnlocked()) {
            if (auto account = m_context.holder.vault().account(QUuid::fromString(m_context.flow.accountId()))) {
                m_phone->setText(account->recovery.phone);
            }
        }
        refresh();
    }

    bool RecoveryFactorsPage::isComplete() const
    {
        return m_context.flow.isPathComplete();
    }

    bool RecoveryFactorsPage::validatePage()
    {
        auto started = m_context.flow.startReEnrol();
        if (!started) {
            showError(started.error().message());
        }
        return started.ok();
    }

    void RecoveryFactorsPage::cleanupPage()
    {
        (void)m_context.flow.back();
    }

    void RecoveryFactorsPage::choosePath()
    {
        const QString id = m_path->currentData().toString();
        if (const Playbook::Path* current = m_context.flow.currentPath(); current != nullptr && current->id == id) {
            return;
        }
        if (auto chosen = m_context.flow.choosePath(id); !chosen) {
            showError(chosen.error().message());
        }
        refresh();
    }

    void RecoveryFactorsPage::completeStep()
    {
        if (const Playbook::Step* step = m_context.flow.currentStep()) {
            if (auto done = m_context.flow.completeStep(step->id); !done) {
                showError(done.error().message());
            }
        }
        refresh();
    }

    void RecoveryFactorsPage::reportFailure()
    {
        if (auto reported = m_context.flow.reportFailure(m_failure->currentData().toString()); !reported) {
            showError(reported.error().message());
        }
        refresh();
    }

    void RecoveryFactorsPage::takeOption(const QString& optionId)
    {
        if (auto taken = m_context.flow.takeOption(optionId); !taken) {
            showError(taken.error().message());
        }
        // The option may have switched paths.
        if (const Playbook::Path* path = m_context.flow.currentPath()) {
            m_path->setCurrentIndex(m_path->findData(path->id));
        }
        refresh();
    }

    void RecoveryFactorsPage::refresh()
    {
        m_error->clear();
        const Playbook::Path* path = m_context.flow.currentPath();
        const Playbook::Step* current = m_context.flow.currentStep();
        m_steps->clear();
        m_pathWaiting->setText(
            path != nullptr && path->waiting ? tr("Typical waiting: %1").arg(path->waiting->text) : QString());
        if (path != nullptr) {
            for (const Playbook::Step& step : path->steps) {
                const bool done = m_context.flow.completedSteps().contains(step.id);
                auto* item = new QListWidgetItem(step.text, m_steps);
                item->setFlags(Qt::ItemIsEnabled);
                item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
                if (current != nullptr && step.id == current->id) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
        }
        m_current->setText(current != nullptr ? tr("Now: %1").arg(current->text)
                : m_context.flow.isPathComplete()
                ? tr("Every step is done: you are back in. Next, set up a new authenticator.")
                : QString());

        const auto& pending = m_context.flow.pendingFailure();
        m_failure->clear();
        if (current != nullptr) {
            for (const Playbook::Failure& failure : current->failures) {
                m_failure->addItem(failure.symptom, failure.id);
            }
        }
        const bool canFail = m_failure->count() > 0 && !pending;
        m_failure->setVisible(canFail);
        m_failed->setVisible(canFail);
        m_done->setEnabled(current != nullptr && !pending);

        clearLayout(m_optionsLayout);
        m_failureText->clear();
        if (pending && current != nullptr) {
            if (const Playbook::Failure* failure = current->failure(pending->failureId)) {
                m_failureText->setText(tr("%1: %2").arg(failure->symptom, failure->cause));
                for (const Playbook::Option& option : failure->options) {
                    // A command link: the option's sentence wraps as its description.
                    auto* button = new QCommandLinkButton(optionTitle(option), option.text, m_options);
                    m_optionsLayout->addWidget(button);
                    button->show(); // at once: a layout shows new children only on the next event loop pass
                    const QString optionId = option.id;
                    connect(button, &QPushButton::clicked, this, [this, optionId] { takeOption(optionId); });
                }
            }
        }
        m_phoneBox->setVisible(usesAny(current, {Playbook::Factor::PhoneCall, Playbook::Factor::Sms}));
        fillRecoveryCodes();
        m_codesBox->setVisible(usesAny(current, {Playbook::Factor::RecoveryCodes}) && m_codesLayout->count() > 0);
        emit completeChanged();
    }

    QString RecoveryFactorsPage::optionTitle(const Playbook::Option& option) const
    {
        switch (option.then) {
        case Playbook::Then::Retry:
            return tr("Then Try the Step Again");
        case Playbook::Then::Continue:
            return tr("Then Carry On");
        case Playbook::Then::Restart:
            return tr("Then Start This Way Over");
        case Playbook::Then::Path:
            break;
        }
        const auto& playbook = m_context.flow.playbook();
        const Playbook::Path* path = playbook ? playbook->path(option.path) : nullptr;
        return path != nullptr ? tr("Switch to: %1").arg(path->title) : tr("Take Another Way In");
    }

    void RecoveryFactorsPage::checkPhone()
    {
        const QString text = m_phone->text().trimmed();
        m_copyPhone->setEnabled(false);
        if (text.isEmpty()) {
            m_phoneResult->clear();
            return;
        }
        auto number = PhoneNumber::parse(text, QLocale::system().name().section(u'_', 1));
        if (!number) {
            m_phoneResult->setText(number.error().message());
            return;
        }
        QStringList lines;
        for (const PhoneNumber::Issue& issue : number->issues()) {
            lines.append(issue.message);
        }
        if (!number->isBlocked()) {
            lines.append(number->isE164AsTyped()
                    ? tr("%1 is in E.164 form, as the provider needs it.").arg(number->e164())
                    : tr("Put it in the provider's contact settings exactly as %1.").arg(number->e164()));
            m_copyPhone->setEnabled(true);
        }
        m_phoneResult->setText(lines.join(QLatin1Char('\n')));
    }

    void RecoveryFactorsPage::fillRecoveryCodes()
    {
        clearLayout(m_codesLayout);
        if (!m_context.holder.isUnlocked()) {
            return;
        }
        auto account = m_context.holder.vault().account(QUuid::fromString(m_context.flow.accountId()));
        if (!account) {
            return;
        }
        for (const RecoveryCode& code : account->recovery.recoveryCodes) {
            if (code.used) {
                continue;
            }
            auto* button = new QPushButton(tr("Copy %1").arg(code.code), m_codesBox);
            button->setAccessibleName(tr("Copy recovery code %1 and mark it used").arg(code.code));
            m_codesLayout->addWidget(button, 0, Qt::AlignLeft);
            button->show();
            const QString text = code.code;
            connect(button, &QPushButton::clicked, this, [this, text] { copyRecoveryCode(text); });
        }
    }

    void RecoveryFactorsPage::copyRecoveryCode(const QString& code)
    {
        m_context.clipboard.copySecret(code);
        // A recovery code works once: once copied for the provider, it counts as used.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMilliseconds(), Qt::UTC);
        auto marked = m_context.holder.vault().modify(
            QUuid::fromString(m_context.flow.accountId()), [&code, &now](Account& account) {
                for (RecoveryCode& stored : account.recovery.recoveryCodes) {
                    if (stored.code == code) {
                        stored.used = true;
                        stored.usedAt = now;
                    }
                }
            });
        if (!marked) {
            showError(marked.error().message());
        }
        QMetaObject::invokeMethod(this, &RecoveryFactorsPage::refresh, Qt::QueuedConnection);
    }

    void RecoveryFactorsPage::showError(const QString& message)
    {
        m_error->setText(message);
    }
}
