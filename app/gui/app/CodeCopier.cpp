#include "app/CodeCopier.h"

#include "Clock.h"
#include "SecretWipe.h"
#include "app/VaultHolder.h"
#include "model/AccountListModel.h"
#include "services/Clipboard.h"

namespace tessera::gui
{
    CodeCopier::CodeCopier(
        VaultHolder& holder, AccountListModel& model, Clipboard& clipboard, const Clock& clock, QObject* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_model(model)
        , m_clipboard(clipboard)
        , m_clock(clock)
    {
        connect(&m_clipboard, &Clipboard::countdownChanged, this, &CodeCopier::onCountdown);
        connect(&m_clipboard, &Clipboard::released, this, &CodeCopier::onReleased);
    }

    Result<void> CodeCopier::copy(const QUuid& id)
    {
        const AccountSummary* summary = m_model.summary(id);
        if (summary == nullptr || !m_holder.isUnlocked()) {
            return Error(Error::Kind::NotFound, tr("That account is no longer in the list."));
        }
        Result<QString> code = QString();
        if (summary->type == OtpType::Hotp) {
            const QString taken = m_model.takenHotpCode(id);
            code = taken.isEmpty() ? m_model.takeHotpCode(id) : Result<QString>(taken);
        } else {
            code = m_holder.vault().code(id, m_clock.nowSeconds());
        }
        if (!code) {
            return code.error();
        }
        m_clipboard.copySecret(*code);
        wipe(*code);
        m_copiedId = id;
        m_model.setCopyFeedback(id, m_clipboard.secondsLeft());
        emit copied(id);
        return {};
    }

    void CodeCopier::onCountdown(int secondsLeft)
    {
        if (!m_copiedId.isNull()) {
            m_model.setCopyFeedback(m_copiedId, secondsLeft);
        }
    }

    void CodeCopier::onReleased()
    {
        m_copiedId = QUuid();
        m_model.clearCopyFeedback();
    }
}
