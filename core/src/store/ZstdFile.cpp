#include "store/ZstdFile.h"

#include "store/Database.h"

#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace roost::store {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw StoreError(path + ": " + what); }

/// An open file descriptor, closed on scope exit.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

/// The output file: removed unless commit() was reached (no half-written backups are left).
class OutFile {
public:
    explicit OutFile(const std::string& path) : m_path(path) {
        m_fd.fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (m_fd.fd < 0) fail(path, std::strerror(errno));
    }
    ~OutFile() {
        if (!m_committed) {
            ::close(m_fd.fd);
            m_fd.fd = -1;
            ::unlink(m_path.c_str());
        }
    }
    void write(const void* data, size_t size) {
        const char* p = static_cast<const char*>(data);
        while (size > 0) {
            const ssize_t n = ::write(m_fd.fd, p, size);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) fail(m_path, std::strerror(errno));
            p += n;
            size -= size_t(n);
            m_bytes += uint64_t(n);
        }
    }
    uint64_t commit() {
        if (::fsync(m_fd.fd) != 0) fail(m_path, std::strerror(errno));
        if (::close(m_fd.fd) != 0) {
            m_fd.fd = -1;
            fail(m_path, std::strerror(errno));
        }
        m_fd.fd = -1;
        m_committed = true;
        return m_bytes;
    }

private:
    std::string m_path;
    Fd m_fd;
    uint64_t m_bytes = 0;
    bool m_committed = false;
};

int openIn(const std::string& path, uint64_t& size) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::strerror(errno));
    struct stat st {};
    size = ::fstat(fd, &st) == 0 ? uint64_t(st.st_size) : 0;
    return fd;
}

ssize_t readSome(int fd, void* buffer, size_t size, const std::string& path) {
    for (;;) {
        const ssize_t n = ::read(fd, buffer, size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(path, std::strerror(errno));
        return n;
    }
}

} // namespace

uint64_t zstdCompressFile(const std::string& inPath, const std::string& outPath, int level, const ByteProgress& progress,
                          const std::atomic<bool>* cancel) {
    uint64_t total = 0;
    Fd in{openIn(inPath, total)};
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!ctx) fail(outPath, "zstd: out of memory");
    ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_checksumFlag, 1); // restore detects a damaged file
    ZSTD_CCtx_setPledgedSrcSize(ctx.get(), total);
    OutFile out(outPath);
    std::vector<char> inBuf(ZSTD_CStreamInSize()), outBuf(ZSTD_CStreamOutSize());
    uint64_t done = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) fail(outPath, "cancelled");
        const ssize_t n = readSome(in.fd, inBuf.data(), inBuf.size(), inPath);
        const bool last = n == 0;
        ZSTD_inBuffer input{inBuf.data(), size_t(n), 0};
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        bool finished = false;
        do {
            ZSTD_outBuffer output{outBuf.data(), outBuf.size(), 0};
            const size_t remaining = ZSTD_compressStream2(ctx.get(), &output, &input, mode);
            if (ZSTD_isError(remaining)) fail(outPath, std::string("zstd: ") + ZSTD_getErrorName(remaining));
            out.write(outBuf.data(), output.pos);
            finished = last ? remaining == 0 : input.pos == input.size;
        } while (!finished);
        done += uint64_t(n);
        if (progress) progress(done, total);
        if (last) break;
    }
    return out.commit();
}

uint64_t zstdDecompressFile(const std::string& inPath, const std::string& outPath, const ByteProgress& progress) {
    uint64_t total = 0;
    Fd in{openIn(inPath, total)};
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!ctx) fail(outPath, "zstd: out of memory");
    OutFile out(outPath);
    std::vector<char> inBuf(ZSTD_DStreamInSize()), outBuf(ZSTD_DStreamOutSize());
    uint64_t done = 0;
    size_t lastRet = 1; // 0 once a frame ended exactly at the end of the input
    bool any = false;
    for (;;) {
        const ssize_t n = readSome(in.fd, inBuf.data(), inBuf.size(), inPath);
        if (n == 0) break;
        any = true;
        ZSTD_inBuffer input{inBuf.data(), size_t(n), 0};
        // Until the input is used up and the decoder has nothing more to give (a full output
        // buffer may mean it still holds decoded bytes).
        bool outputFull = false;
        while (input.pos < input.size || outputFull) {
            ZSTD_outBuffer output{outBuf.data(), outBuf.size(), 0};
            lastRet = ZSTD_decompressStream(ctx.get(), &output, &input);
            if (ZSTD_isError(lastRet)) fail(inPath, std::string("zstd: ") + ZSTD_getErrorName(lastRet));
            out.write(outBuf.data(), output.pos);
            outputFull = output.pos == output.size && lastRet != 0;
        }
        done += uint64_t(n);
        if (progress) progress(done, total);
    }
    if (!any || lastRet != 0) fail(inPath, "not a complete zstd stream (truncated or not a backup)");
    return out.commit();
}

bool isZstdFile(const std::string& path) {
    Fd in{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) return false;
    unsigned char magic[4] = {};
    return ::read(in.fd, magic, 4) == 4 && magic[0] == 0x28 && magic[1] == 0xB5 && magic[2] == 0x2F && magic[3] == 0xFD;
}

} // namespace roost::store
