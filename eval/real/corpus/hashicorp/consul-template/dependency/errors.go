


package dependency

import "errors"










