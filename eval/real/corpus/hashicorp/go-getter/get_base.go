


package getter

import "context"

















