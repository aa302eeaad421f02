// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-render-icon: draws the app icon's SVG into a square bitmap of a given size. A build tool
// only: packaging/CMakeLists.txt runs it for every hicolor PNG size (and, on Windows, for the .ico), so
// no bitmap is ever committed.
//
//   shiporskip-render-icon INPUT.svg SIZE OUTPUT.png|OUTPUT.ico
//
// The format follows OUTPUT's suffix. Exit codes: 0 written; 1 the SVG could not be read or drew
// nothing, or the output could not be written; 2 the command line is wrong.
#include <QByteArray>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "shiporskip-render-icon: %s\n", message.toLocal8Bit().constData());
    return code;
}

bool hasVisiblePixel(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 4)
        return fail(2, QStringLiteral("usage: shiporskip-render-icon INPUT.svg SIZE OUTPUT.png|OUTPUT.ico"));
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!ok || size < 1 || size > 4096)
        return fail(2, QStringLiteral("SIZE must be a number of pixels from 1 to 4096, not \"%1\".")
                           .arg(QString::fromLocal8Bit(argv[2])));
    const QByteArray format = QFileInfo(output).suffix().toLower().toLatin1();
    if (format != "png" && format != "ico")
        return fail(2, QStringLiteral("OUTPUT must end in .png or .ico: %1").arg(output));

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(1, QStringLiteral("cannot read the SVG file %1.").arg(input));
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!hasVisiblePixel(image))
        return fail(1, QStringLiteral("%1 drew nothing at %2 pixels.").arg(input).arg(size));

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(1, QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    QImageWriter writer(&file, format);
    if (!writer.write(image.convertToFormat(QImage::Format_ARGB32)))
        return fail(1, QStringLiteral("cannot write %1: %2").arg(output, writer.errorString()));
    if (!file.commit())
        return fail(1, QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    return 0;
}
