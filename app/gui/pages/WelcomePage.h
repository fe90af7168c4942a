#pragma once

#include <QWidget>

class QAbstractButton;
class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace tessera::gui
{
    /// The first run: what Tessera is, and the ways to start. Today "Create a new vault" and
    /// "Open an existing vault file"; later features add their own entries with addEntry().
    class WelcomePage : public QWidget
    {
        Q_OBJECT

    public:
        explicit WelcomePage(QWidget* parent = nullptr);

        /// Where a new vault will be created (shown under the choices).
        void setVaultPath(const QString& path);
        /// Adds a way to start after the existing ones (the page takes ownership).
        void addEntry(QAbstractButton* button);

        [[nodiscard]] QCommandLinkButton* createButton() const { return m_create; }
        [[nodiscard]] QCommandLinkButton* openButton() const { return m_open; }

    signals:
        void createRequested();
        /// The user chose an existing vault file.
        void openRequested(const QString& path);

    private:
        void chooseFile();

        QVBoxLayout* m_entries;
        QCommandLinkButton* m_create;
        QCommandLinkButton* m_open;
        QLabel* m_location;
    };
}
