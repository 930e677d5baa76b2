-- richards: an operating-system task scheduler in the manner of Martin
-- Richards' benchmark: task control blocks, packets passed between an idle
-- task, a worker, two handlers and two devices, state bits tested on every
-- switch. Objects with methods, linked lists, many small calls.
-- size: default 150, check 1 (scheduler runs of 10000 idle steps each)

local I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEVICE_A, I_DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4

local Packet = {}
Packet.__index = Packet

local function packet(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do data[i] = 0 end
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = data }, Packet)
end

-- Appends self to the queue starting at head; returns the new head.
function Packet:append_to(head)
  self.link = nil
  if head == nil then return self end
  local p = head
  while p.link do p = p.link end
  p.link = self
  return head
end

-- A task control block: a run state of three flags, its work queue and the
-- function that runs it with its private state.
local Tcb = {}
Tcb.__index = Tcb

local Scheduler = {}
Scheduler.__index = Scheduler

local function scheduler()
  return setmetatable({ queue_count = 0, hold_count = 0, blocks = {},
    list = nil, current = nil, current_id = nil }, Scheduler)
end

function Scheduler:add_task(id, priority, queue, run, state)
  -- Every task starts waiting: runnable only once a packet is queued for it.
  local tcb = setmetatable({ link = self.list, id = id, priority = priority,
    queue = queue, run = run, state = state,
    packet_pending = queue ~= nil, waiting = true, held = false }, Tcb)
  self.list = tcb
  self.blocks[id] = tcb
  return tcb
end

function Tcb:runnable()
  return not self.held and (self.packet_pending or not self.waiting)
end

function Scheduler:schedule()
  local tcb = self.list
  while tcb do
    if tcb:runnable() then
      local pkt
      if tcb.packet_pending then
        pkt = tcb.queue
        tcb.queue = pkt.link
        tcb.packet_pending = tcb.queue ~= nil
      end
      self.current, self.current_id = tcb, tcb.id
      tcb = tcb.run(self, tcb.state, pkt)
    else
      tcb = tcb.link
    end
  end
end

function Scheduler:release(id)
  local tcb = self.blocks[id]
  tcb.held = false
  if tcb.priority > self.current.priority then return tcb end
  return self.current
end

function Scheduler:hold_current()
  self.hold_count = self.hold_count + 1
  self.current.held = true
  return self.current.link
end

function Scheduler:suspend_current()
  self.current.waiting = true
  return self.current
end

-- Sends pkt to the task it names; that task runs next if it outranks us.
function Scheduler:queue(pkt)
  local tcb = self.blocks[pkt.id]
  self.queue_count = self.queue_count + 1
  pkt.id = self.current_id
  if tcb.queue == nil then
    tcb.queue = pkt.append_to(pkt, nil)
    tcb.packet_pending = true
    tcb.waiting = false
    if tcb.priority > self.current.priority then return tcb end
  else
    tcb.queue = pkt:append_to(tcb.queue)
  end
  return self.current
end

local function idle_task(s, st)
  st.count = st.count - 1
  if st.count == 0 then return s:hold_current() end
  if st.seed % 2 == 0 then
    st.seed = st.seed / 2
    return s:release(I_DEVICE_A)
  end
  st.seed = (st.seed * 5 + 1) % 65536
  return s:release(I_DEVICE_B)
end

local function work_task(s, st, pkt)
  if pkt == nil then return s:suspend_current() end
  st.dest = st.dest == I_HANDLER_A and I_HANDLER_B or I_HANDLER_A
  pkt.id = st.dest
  pkt.a1 = 0
  for i = 1, DATA_SIZE do
    st.count = st.count + 1
    if st.count > 26 then st.count = 1 end
    pkt.a2[i] = st.count
  end
  return s:queue(pkt)
end

local function handler_task(s, st, pkt)
  if pkt then
    if pkt.kind == KIND_WORK then st.work = pkt:append_to(st.work)
    else st.devices = pkt:append_to(st.devices) end
  end
  local work = st.work
  if work then
    local count = work.a1
    if count < DATA_SIZE then
      local dev = st.devices
      if dev then
        st.devices = dev.link
        dev.a1 = work.a2[count + 1]
        work.a1 = count + 1
        return s:queue(dev)
      end
    else
      st.work = work.link
      return s:queue(work)
    end
  end
  return s:suspend_current()
end

local function device_task(s, st, pkt)
  if pkt == nil then
    local held = st.pending
    if held == nil then return s:suspend_current() end
    st.pending = nil
    return s:queue(held)
  end
  st.pending = pkt
  st.checksum = (st.checksum + pkt.a1) % 65521
  return s:hold_current()
end

local function run_once()
  local s = scheduler()
  s:add_task(I_IDLE, 0, nil, idle_task, { count = 10000, seed = 1 })
  s.blocks[I_IDLE].waiting = false -- the idle task starts running

  local wq = packet(nil, 0, KIND_WORK)
  wq = packet(wq, 0, KIND_WORK)
  s:add_task(I_WORK, 1000, wq, work_task, { dest = I_HANDLER_A, count = 0 })

  local dq = packet(nil, I_DEVICE_A, KIND_DEVICE)
  dq = packet(dq, I_DEVICE_A, KIND_DEVICE)
  dq = packet(dq, I_DEVICE_A, KIND_DEVICE)
  s:add_task(I_HANDLER_A, 2000, dq, handler_task, {})

  dq = packet(nil, I_DEVICE_B, KIND_DEVICE)
  dq = packet(dq, I_DEVICE_B, KIND_DEVICE)
  dq = packet(dq, I_DEVICE_B, KIND_DEVICE)
  s:add_task(I_HANDLER_B, 3000, dq, handler_task, {})

  local dev_a, dev_b = { checksum = 0 }, { checksum = 0 }
  s:add_task(I_DEVICE_A, 4000, nil, device_task, dev_a)
  s:add_task(I_DEVICE_B, 5000, nil, device_task, dev_b)

  s:schedule()
  return s.queue_count, s.hold_count, dev_a.checksum + dev_b.checksum
end

local runs = tonumber(arg and arg[1]) or 150
local q, h, c
for _ = 1, runs do q, h, c = run_once() end
print(string.format("richards x%d: queued %d, held %d, checksum %d", runs, q, h, c))
