#pragma once

#include "Result.h"

#include <QObject>
#include <QUuid>

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class AccountListModel;
    class Clipboard;
    class VaultHolder;

    /// Copies an account's code (Enter, double-click, the quick search) through the Clipboard
    /// service and shows "Copied · clears in n s" in that row until the clipboard is cleared or
    /// something else is copied. The code is computed at the moment of copying, never taken from
    /// what the list shows, so a copy right at a period boundary is current. A counter-based
    /// account copies the code shown, or takes the next one when none is shown yet.
    class CodeCopier : public QObject
    {
        Q_OBJECT

    public:
        CodeCopier(VaultHolder& holder,
            AccountListModel& model,
            Clipboard& clipboard,
            const Clock& clock,
            QObject* parent = nullptr);

        [[nodiscard]] Result<void> copy(const QUuid& id);
        /// The account whose code is on the clipboard, or a null id.
        [[nodiscard]] QUuid copiedId() const { return m_copiedId; }

    signals:
        void copied(const QUuid& id);

    private:
        void onCountdown(int secondsLeft);
        void onReleased();

        VaultHolder& m_holder;
        AccountListModel& m_model;
        Clipboard& m_clipboard;
        const Clock& m_clock;
        QUuid m_copiedId;
    };
}
