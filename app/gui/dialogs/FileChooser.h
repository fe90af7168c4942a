#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tessera::gui
{
    /// The one place the app asks the user for a file or a folder (the desktop's file dialog), so that
    /// every such question looks the same and tests can answer it without driving a dialog.
    class FileChooser
    {
    public:
        enum class Purpose
        {
            Open,
            Save,
            Folder,
        };

        struct Request
        {
            Purpose purpose = Purpose::Open;
            QString caption;
            QString start;  ///< the folder, or the suggested file for Save
            QString filter; ///< Qt's ";;"-separated name filters; empty for folders
        };

        /// Answers a request instead of the dialog: the chosen path, or an empty string for Cancel.
        using Answerer = std::function<QString(const Request&)>;

        /// The chosen file, or an empty string when the user cancels.
        [[nodiscard]] static QString openFile(
            QWidget* parent, const QString& caption, const QString& start, const QString& filter);
        /// The file to write, or an empty string; `selectedFilter`, when given, receives the filter chosen.
        [[nodiscard]] static QString saveFile(QWidget* parent,
            const QString& caption,
            const QString& start,
            const QString& filter,
            QString* selectedFilter = nullptr);
        /// The chosen folder, or an empty string.
        [[nodiscard]] static QString folder(QWidget* parent, const QString& caption, const QString& start);

        /// Routes every request to `answerer` instead of a dialog (tests); an empty function restores the dialogs.
        static void setAnswerer(Answerer answerer);

    private:
        [[nodiscard]] static const Answerer& answerer();
    };
}
