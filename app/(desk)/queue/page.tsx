import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { getMyQueue, QueueView } from "@/lib/assignments/get-my-queue";
import { MyQueue } from "@/components/queue/my-queue";

export const metadata = { title: "My queue" };
export const dynamic = "force-dynamic";

export default async function QueuePage() {
  const actor = await requirePageActor("queue.read", "/queue");
  const queue = QueueView.parse(await getMyQueue(actor));
  return <MyQueue initial={queue} canTake={can(actor.role, "claim.take")} waitsForApproval={can(actor.role, "claim.publish")} />;
}
