#include "FileChooser.h"

#include <QFileDialog>

namespace tessera::gui
{
    namespace
    {
        FileChooser::Answerer& installedAnswerer()
        {
            static FileChooser::Answerer answerer;
            return answerer;
        }
    }

    const FileChooser::Answerer& FileChooser::answerer()
    {
        return installedAnswerer();
    }

    void FileChooser::setAnswerer(Answerer answerer)
    {
        installedAnswerer() = std::move(answerer);
    }

    QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& start, const QString& filter)
    {
        if (answerer()) {
            return answerer()(Request{Purpose::Open, caption, start, filter});
        }
        return QFileDialog::getOpenFileName(parent, caption, start, filter);
    }

    QString FileChooser::saveFile(
        QWidget* parent, const QString& caption, const QString& start, const QString& filter, QString* selectedFilter)
    {
        if (answerer()) {
            if (selectedFilter != nullptr) {
                *selectedFilter = filter.section(QStringLiteral(";;"), 0, 0); // the dialog's default
            }
            return answerer()(Request{Purpose::Save, caption, start, filter});
        }
        return QFileDialog::getSaveFileName(parent, caption, start, filter, selectedFilter);
    }

    QString FileChooser::folder(QWidget* parent, const QString& caption, const QString& start)
    {
        if (answerer()) {
            return answerer()(Request{Purpose::Folder, caption, start, QString()});
        }
        return QFileDialog::getExistingDirectory(parent, caption, start);
    }
}
