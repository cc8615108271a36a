#pragma once
// Streaming zstd compression of whole files (libzstd), for backups (issue 14 item 7). Memory
// stays at the codec's window plus two buffers whatever the file size.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace roost::store {

/// Progress of a long file operation: `done` of `total` bytes (total 0 = unknown).
using ByteProgress = std::function<void(uint64_t done, uint64_t total)>;

/// Compresses the file `inPath` into `outPath` (created or truncated) as one zstd frame at
/// `level` (1..19), fsyncs it and returns its size in bytes. `progress` (may be empty) is called
/// with input bytes read; `cancel` (may be null) stops between blocks. Throws StoreError naming
/// the file and the errno text (e.g. "No space left on device") or the zstd error; "cancelled"
/// when cancelled. A half-written `outPath` is removed on failure.
uint64_t zstdCompressFile(const std::string& inPath, const std::string& outPath, int level,
                          const ByteProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

/// Decompresses the zstd file `inPath` (one or more frames) into `outPath` (created or
/// truncated), fsyncs it and returns the bytes written. `progress` gets compressed bytes read
/// of the file size. Throws StoreError when the input is not zstd, truncated or corrupt
/// ("<file>: not a complete zstd stream", "...: <zstd error>") or a write fails; a
/// half-written `outPath` is removed on failure.
uint64_t zstdDecompressFile(const std::string& inPath, const std::string& outPath, const ByteProgress& progress = {});

/// Whether the file starts with the zstd frame magic number (RFC 8878 §3.1.1: 28 B5 2F FD).
bool isZstdFile(const std::string& path);

} // namespace roost::store
