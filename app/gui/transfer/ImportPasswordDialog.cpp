#include "transfer/ImportPasswordDialog.h"

#include "FormatDetector.h"
#include "SecretWipe.h"
#include "app/BackgroundTask.h"
#include "dialogs/InlineMessage.h"
#include "widgets/PasswordEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace tessera::gui
{
    struct ImportPasswordDialog::Outcome
    {
        std::optional<Result<ImportResult>> result;
    };

    ImportPasswordDialog::ImportPasswordDialog(
        QByteArray data, QString formatId, const QString& formatName, const QString& fileName, QWidget* parent)
        : QDialog(parent)
        , m_data(std::move(data))
        , m_formatId(std::move(formatId))
        , m_task(new BackgroundTask(this))
        , m_password(new PasswordEdit(this))
        , m_capsLock(new InlineMessage(this))
        , m_message(new InlineMessage(this))
        , m_busy(new QWidget(this))
        , m_open(nullptr)
    {
        setWindowTitle(tr("Encrypted File"));
        auto* intro = new QLabel(
            tr("“%1” is an encrypted %2 file. Enter the password it was saved with.").arg(fileName, formatName), this);
        intro->setWordWrap(true);
        intro->setTextFormat(Qt::PlainText);

        m_password->setAccessibleName(tr("Password of the file"));
        m_password->setAccessibleDescription(tr("The password chosen when the export or backup was made"));
        auto* form = new QFormLayout;
        auto* label = new QLabel(tr("&Password:"), this);
        label->setBuddy(m_password);
        form->addRow(label, m_password);

        auto* busyLayout = new QHBoxLayout(m_busy);
        busyLayout->setContentsMargins(0, 0, 0, 0);
        auto* progress = new QProgressBar(m_busy);
        progress->setRange(0, 0);
        progress->setTextVisible(false);
        progress->setAccessibleName(tr("Opening the file"));
        busyLayout->addWidget(new QLabel(tr("Opening the file…"), m_busy));
        busyLayout->addWidget(progress, 1);
        m_busy->setVisible(false);

        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
        m_open->setDefault(true);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(m_capsLock);
        layout->addWidget(m_message);
        layout->addWidget(m_busy);
        layout->addStretch(1);
        layout->addWidget(buttons);

        connect(m_password, &QLineEdit::textChanged, this, &ImportPasswordDialog::updateButton);
        connect(m_password, &QLineEdit::returnPressed, this, &ImportPasswordDialog::tryPassword);
        connect(m_password, &PasswordEdit::capsLockChanged, this, [this](bool on) {
            m_capsLock->setMessage(InlineMessage::Severity::Warning, on ? tr("Caps Lock is on.") : QString());
        });
        connect(m_open, &QPushButton::clicked, this, &ImportPasswordDialog::tryPassword);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_task, &BackgroundTask::finished, this, &ImportPasswordDialog::onFinished);
        updateButton();
        // Wide enough for the explanation to wrap into two or three lines rather than a narrow column.
        setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    }

    ImportPasswordDialog::~ImportPasswordDialog()
    {
        wipe(m_data);
    }

    bool ImportPasswordDialog::isBusy() const
    {
        return m_task->isRunning();
    }

    void ImportPasswordDialog::tryPassword()
    {
        if (isBusy() || m_password->text().isEmpty()) {
            return;
        }
        m_message->clear();
        auto outcome = std::make_shared<Outcome>();
        m_outcome = outcome;
        setBusy(true);
        m_task->start([outcome, data = m_data, formatId = m_formatId, password = m_password->text()]() mutable {
            // Formats are stateless; this thread gets its own set.
            const FormatDetector detector;
            outcome->result.emplace(detector.read(data, password, formatId));
            wipe(password);
        });
    }

    void ImportPasswordDialog::onFinished()
    {
        setBusy(false);
        std::shared_ptr<Outcome> outcome = std::move(m_outcome);
        if (outcome == nullptr) {
            return; // the dialog was closed meanwhile
        }
        if (!outcome->result) {
            m_message->setMessage(InlineMessage::Severity::Error, tr("Reading the file was interrupted. Try again."));
            return;
        }
        Result<ImportResult>& result = *outcome->result;
        if (result) {
            m_password->wipe();
            emit read(*result);
            accept();
            return;
        }
        if (result.error().kind() == Error::Kind::WrongPassword) {
            m_message->setMessage(InlineMessage::Severity::Error,
                tr("This password does not open the file. Check it, and Caps Lock, and try again."));
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        m_password->wipe();
        emit failed(result.error());
        reject();
    }

    void ImportPasswordDialog::done(int result)
    {
        // A job still running finishes on its own; its result is dropped with the outcome.
        m_outcome.reset();
        m_password->wipe();
        QDialog::done(result);
    }

    void ImportPasswordDialog::setBusy(bool busy)
    {
        m_busy->setVisible(busy);
        m_password->setEnabled(!busy);
        updateButton();
    }

    void ImportPasswordDialog::updateButton()
    {
        m_open->setEnabled(!isBusy() && !m_password->text().isEmpty());
    }
}
