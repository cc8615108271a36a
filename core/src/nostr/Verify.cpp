#include "nostr/Verify.h"

#include "nostr/Canonical.h"

#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_extrakeys.h>
#include <secp256k1_schnorrsig.h>

#include <stdexcept>

namespace roost::nostr {

namespace {

// Signing wants a randomized context (side-channel blinding); one per thread, never shared.
secp256k1_context* signingContext() {
    thread_local struct Holder {
        secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        Holder() {
            unsigned char seed[32];
            // Without fresh randomness the context still signs correctly, only without blinding.
            if (RAND_bytes(seed, sizeof seed) == 1) {
                [[maybe_unused]] const int blinded = secp256k1_context_randomize(ctx, seed);
            }
        }
        ~Holder() { secp256k1_context_destroy(ctx); }
    } holder;
    return holder.ctx;
}

} // namespace

std::optional<std::string> verifyEvent(const Event& event) {
    if (computeId(event) != event.id && !(hasAmbiguousControlChars(event) && computeIdEscaped(event) == event.id))
        return std::string("invalid: event id does not match its content");
    secp256k1_xonly_pubkey pubkey;
    if (!secp256k1_xonly_pubkey_parse(secp256k1_context_static, &pubkey, event.pubkey.data()))
        return std::string("invalid: pubkey is not a valid secp256k1 point");
    if (!secp256k1_schnorrsig_verify(secp256k1_context_static, event.sig.data(), event.id.data(), event.id.size(),
                                     &pubkey))
        return std::string("invalid: bad signature");
    return std::nullopt;
}

PubKey publicKeyOf(const SecretKey& secret) {
    secp256k1_keypair keypair;
    if (!secp256k1_keypair_create(signingContext(), &keypair, secret.data()))
        throw std::invalid_argument("invalid secp256k1 secret key");
    secp256k1_xonly_pubkey xonly;
    if (!secp256k1_keypair_xonly_pub(signingContext(), &xonly, nullptr, &keypair))
        throw std::invalid_argument("invalid secp256k1 keypair");
    PubKey out{};
    secp256k1_xonly_pubkey_serialize(signingContext(), out.data(), &xonly);
    return out;
}

void signEvent(Event& event, const SecretKey& secret) {
    secp256k1_context* ctx = signingContext();
    secp256k1_keypair keypair;
    if (!secp256k1_keypair_create(ctx, &keypair, secret.data()))
        throw std::invalid_argument("invalid secp256k1 secret key");
    secp256k1_xonly_pubkey xonly;
    if (!secp256k1_keypair_xonly_pub(ctx, &xonly, nullptr, &keypair))
        throw std::invalid_argument("invalid secp256k1 keypair");
    secp256k1_xonly_pubkey_serialize(ctx, event.pubkey.data(), &xonly);
    event.id = computeId(event);
    event.sig = signId(event.id, secret);
}

Sig signId(const Id& id, const SecretKey& secret) {
    secp256k1_context* ctx = signingContext();
    secp256k1_keypair keypair;
    if (!secp256k1_keypair_create(ctx, &keypair, secret.data()))
        throw std::invalid_argument("invalid secp256k1 secret key");
    unsigned char aux[32];
    if (RAND_bytes(aux, sizeof aux) != 1) throw std::runtime_error("no randomness for signing");
    Sig sig{};
    if (!secp256k1_schnorrsig_sign32(ctx, sig.data(), id.data(), &keypair, aux))
        throw std::runtime_error("signing failed");
    return sig;
}

} // namespace roost::nostr
