import { z } from 'zod';

/** `printTicket` takes no argument; main validates the payload like any input. */
export const printTicketRequest = z.strictObject({}).optional();
