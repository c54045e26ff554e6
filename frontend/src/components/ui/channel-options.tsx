import { type Channel, channelLabels, channels } from '@/lib/channels';

/**
 * The options of a channel select in form order: an empty choice first when {@code empty} names
 * it, and every channel except those in {@code without} (a paper letter's author has no portal
 * account, for one).
 */
export function ChannelOptions({ empty, without = [] }: { empty?: string; without?: Channel[] }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {channels
        .filter((channel) => !without.includes(channel))
        .map((channel) => (
          <option key={channel} value={channel}>
            {channelLabels[channel]}
          </option>
        ))}
    </>
  );
}
