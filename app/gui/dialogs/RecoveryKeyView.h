#pragma once

#include "Result.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tessera
{
    class RecoveryKey;
}

namespace tessera::gui
{
    class Clipboard;
    class InlineMessage;

    /// Shows a freshly made recovery key once, in readable groups, with Copy (through Clipboard:
    /// tagged secret, cleared after the timeout), Save (a 0600 text file), Print, and a check box
    /// "I have kept it somewhere safe" that the owner waits for (keptChanged). The text is wiped
    /// when the view is cleared or destroyed. Used by RecoveryKeyDialog and by the welcome page.
    class RecoveryKeyView : public QWidget
    {
        Q_OBJECT

    public:
        explicit RecoveryKeyView(Clipboard& clipboard, QWidget* parent = nullptr);
        ~RecoveryKeyView() override;

        RecoveryKeyView(const RecoveryKeyView&) = delete;
        RecoveryKeyView& operator=(const RecoveryKeyView&) = delete;

        /// Shows `key` and unticks the check box. `vaultPath` goes into the saved and printed copy.
        void setKey(const RecoveryKey& key, const QString& vaultPath);
        /// Wipes the shown key.
        void clear();

        /// The key as shown, groups separated by hyphens (a secret: wipe copies).
        [[nodiscard]] QString keyText() const { return m_key; }
        [[nodiscard]] bool isKept() const;

        /// Writes the key with an explanation to `path`, readable only by the owner (0600), replacing
        /// an existing file. The folder must exist.
        [[nodiscard]] Result<void> saveTo(const QString& path) const;

    signals:
        void keptChanged(bool kept);

    private:
        void copy();
        void save();
        void print();
        [[nodiscard]] QString documentText() const;

        Clipboard& m_clipboard;
        QString m_key;
        QString m_vaultPath;
        QLabel* m_keyLabel;
        QPushButton* m_copy;
        QPushButton* m_save;
        QPushButton* m_print;
        InlineMessage* m_status;
        QCheckBox* m_kept;
    };
}
