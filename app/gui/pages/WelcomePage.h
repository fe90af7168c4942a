#pragma once

#include <QWidget>

class QAbstractButton;
class QCommandLinkButton;
class QLabel;
class QVBoxLayout;

namespace tessera::gui
{
    /// The first run: what Tessera is, and the ways to start: "Create a new vault", "Open an existing
    /// vault file" and "Start from a backup or phone export" (a new vault that imports a file's
    /// accounts); later features add their own entries with addEntry().
    class WelcomePage : public QWidget
    {
        Q_OBJECT

    public:
        explicit WelcomePage(QWidget* parent = nullptr);

        /// Where a new vault will be created (shown under the choices).
        void setVaultPath(const QString& path);
        /// Adds a way to start after the existing ones, a command link button like them (the page takes
        /// ownership and gives it a focus ring).
        void addEntry(QAbstractButton* button);

        [[nodiscard]] QCommandLinkButton* createButton() const { return m_create; }
        [[nodiscard]] QCommandLinkButton* openButton() const { return m_open; }
        [[nodiscard]] QCommandLinkButton* importButton() const { return m_import; }

    signals:
        void createRequested();
        /// The user chose an existing vault file.
        void openRequested(const QString& path);
        /// The user chose a backup or export to start a new vault from.
        void importRequested(const QString& path);

    private:
        void chooseFile();
        void chooseImportFile();

        QVBoxLayout* m_entries;
        QCommandLinkButton* m_create;
        QCommandLinkButton* m_open;
        QCommandLinkButton* m_import;
        QLabel* m_location;
    };
}
