package org.thusong.core;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values that rarely change but are read on every request (an organisation, a municipality's
 * catalogue, its working calendar), kept for a short while so that hot paths such as filing a
 * request do not ask the database each time. Absent values are never kept, so something created
 * meanwhile is found at once.
 *
 * <p>Whoever changes a value calls {@link #forget}: this instance then reads it afresh, at once
 * and again after the change commits (so a reader in between cannot keep the old value). Other
 * instances see the change when their copy expires, within the time given to the constructor.
 */
public final class ShortLivedCache<K, V> {

	private record Kept<V>(V value, long until) {
	}

	private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final long lifeNanos;

	public ShortLivedCache(Duration life) {
		this.lifeNanos = life.toNanos();
	}

	/** The kept value, or the loader's answer (kept when present). */
	public Optional<V> get(K key, Function<K, Optional<V>> loader) {
		Kept<V> hit = kept.get(key);
		long now = System.nanoTime();
		if (hit != null && now - hit.until() < 0) {
			return Optional.of(hit.value());
		}
		Optional<V> loaded = loader.apply(key);
		loaded.ifPresentOrElse(v -> kept.put(key, new Kept<>(v, now + lifeNanos)), () -> kept.remove(key));
		return loaded;
	}

	/** Reads this key afresh from now on, and again after the current transaction commits. */
	public void forget(K key) {
		kept.remove(key);
		afterCommit(() -> kept.remove(key));
	}

	/** Reads every key afresh, now and after the current transaction commits. */
	public void forgetAll() {
		kept.clear();
		afterCommit(kept::clear);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					action.run();
				}
			});
		}
	}
}
