package no.samhald.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers read on every page from data that changes rarely (the communities, a community's
 * forums and their structure), kept in memory until the service that changes the data calls
 * {@link #forget()} (#11). Forgetting happens at once and again when the writing transaction
 * ends, so a page read between the write and the commit cannot keep the old answer.
 */
public final class RememberedReads<K, V> {

	private final Map<K, V> remembered = new ConcurrentHashMap<>();

	/** Counts forgettings: an answer loaded while one happened may be old and is not kept. */
	private final AtomicLong forgotten = new AtomicLong();

	/** The remembered answer for the key, or the loader's, which is then remembered (never null). */
	public V get(K key, Function<K, V> loader) {
		V known = remembered.get(key);
		if (known != null) {
			return known;
		}
		long before = forgotten.get();
		V loaded = loader.apply(key);
		remembered.put(key, loaded);
		if (forgotten.get() != before) {
			remembered.remove(key, loaded);
		}
		return loaded;
	}

	/** Forgets every answer: call it in the transaction that changes what they were read from. */
	public void forget() {
		forgetNowAndAtTheEnd(remembered::clear);
	}

	/** Forgets the answer for one key (a community's), the others kept. */
	public void forget(K key) {
		forgetNowAndAtTheEnd(() -> remembered.remove(key));
	}

	private void forgetNowAndAtTheEnd(Runnable forgetting) {
		Runnable counted = () -> {
			forgotten.incrementAndGet();
			forgetting.run();
		};
		counted.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					counted.run();
				}
			});
		}
	}

}
